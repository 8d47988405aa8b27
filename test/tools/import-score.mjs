#!/usr/bin/env node
// `npm run import:score`: runs `plan import` then `plan build` on every document of the import
// corpus (test/fixtures/import/*/), compares the imported plan with the hand annotation
// (expected.yaml, written before the importer was run) and prints, per document and overall:
// tasks found, lead exact, support exact, due exact, phases with the right window, builds.
//
//   node test/tools/import-score.mjs [--json] [--only NAME] [--verbose]
//
// It drives the real CLI (bin/plan.js) the way a user would, and reads the written plan back
// with the compiler's own library (dist/) only to resolve names and dates for the comparison.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, 'test', 'fixtures', 'import');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const verbose = args.includes('--verbose');
const { compile } = await import(join(root, 'dist', 'index.js'));

/** The comparison view of a text: no spaces, full-width forms folded, no trailing punctuation. */
function fold(text) {
  return String(text ?? '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/[。;,.:]+$/, '');
}

function runPlan(argv, cwd) {
  return spawnSync(process.execPath, [join(root, 'bin', 'plan.js'), ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
}

/** An imported task's own date: the end of its deadline or window, null when it has none. */
function ownEnd(task) {
  if (task.source.due !== undefined || task.source.when !== undefined) return task.due ?? task.end;
  return null;
}

function namesOf(ids, plan) {
  return ids.map((id) => plan.units.find((u) => u.id === id)).filter(Boolean);
}

/** The lead `plan import` writes where the text names none: "no unit", as the annotation's []. */
const UNASSIGNED = '牵头单位待定';

/** Do the imported units (by id) name exactly the expected names (a name or an alias each)? */
function sameUnits(expected, ids, plan) {
  const units = namesOf(ids, plan).filter((u) => u.name !== UNASSIGNED);
  if (units.length !== expected.length) return false;
  const used = new Set();
  for (const name of expected) {
    const hit = units.find((u) => !used.has(u) && [u.name, ...u.aliases].some((n) => fold(n) === fold(name)));
    if (!hit) return false;
    used.add(hit);
  }
  return true;
}

/** Pairs expected tasks with imported ones, in order: the imported text contains the expected start. */
function match(expectedTasks, imported) {
  const pairs = new Map();
  const used = new Set();
  let from = 0;
  for (const [i, exp] of expectedTasks.entries()) {
    const key = fold(exp.text);
    const hit = (list) => list.findIndex((t, k) => !used.has(k) && (fold(`${t.title}${t.detail ?? ''}`).includes(key) || fold(t.detail ?? t.title).startsWith(key.slice(0, 12))));
    // Prefer the next ones in document order, then anywhere.
    let k = hit(imported.map((t, j) => (j >= from ? t : { title: '\u0000' })));
    if (k < 0) k = hit(imported);
    if (k >= 0) {
      pairs.set(i, imported[k]);
      used.add(k);
      from = k + 1;
    }
  }
  return pairs;
}

function scoreDocument(name) {
  const dir = join(corpusDir, name);
  const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8'));
  const source = readdirSync(dir).find((f) => /^source\./.test(f));
  const work = mkdtempSync(join(tmpdir(), 'plan-score-'));
  const row = { name, neededYear: false, kind: expected.kind, tasks: expected.tasks?.length ?? 0, found: 0, lead: 0, support: 0, due: 0, phases: expected.phases?.length ?? 0, phasesRight: 0, extra: 0, builds: false, problems: [] };
  try {
    const planFile = join(work, 'plan.yaml');
    let imported = runPlan(['import', join(dir, source), '-o', planFile], work);
    // A document that never says its year is refused with a hint to pass --year, as a user would.
    // A document with no year at all (the annotation says year: null) gets one, as the user must
    // give one; its dates are months and days, so any year scores them alike.
    if (!existsSync(planFile) && /--year/.test(imported.stderr)) {
      const year = expected.year ?? 2020;
      row.problems.push(`needed --year ${year}${expected.year ? '' : ' (the document names no year)'}`);
      row.neededYear = true;
      imported = runPlan(['import', join(dir, source), '-o', planFile, '--year', String(year)], work);
    }
    if (!existsSync(planFile)) {
      row.problems.push(`import wrote nothing: ${imported.stderr.split('\n').find((l) => l.trim()) ?? imported.status}`);
      return row;
    }
    const built = runPlan(['build', planFile, '-o', join(work, 'out')], work);
    row.builds = built.status === 0 && existsSync(join(work, 'out', 'calendars', 'all.ics'));
    if (!row.builds) row.problems.push(`build failed: ${built.stderr.split('\n').filter((l) => /error|错误/.test(l)).slice(0, 2).join(' / ')}`);
    const result = compile({ path: planFile, text: readFileSync(planFile, 'utf8') });
    const plan = result.plan;
    if (!plan) {
      row.problems.push(`the plan does not compile: ${result.diagnostics.filter((d) => d.severity === 'error').slice(0, 2).map((d) => d.message).join(' / ')}`);
      return row;
    }
    const tasks = [...plan.phases.flatMap((p) => p.tasks.map((t) => ({ ...t, phase: p }))), ...plan.measures.map((t) => ({ ...t, phase: undefined }))];
    const pairs = match(expected.tasks ?? [], tasks);
    row.found = pairs.size;
    row.extra = Math.max(0, plan.phases.reduce((n, p) => n + p.tasks.length, 0) - pairs.size);
    for (const [i, exp] of (expected.tasks ?? []).entries()) {
      const got = pairs.get(i);
      if (!got) {
        row.problems.push(`not found: ${exp.text}`);
        continue;
      }
      const leadOk = sameUnits(exp.lead ?? [], got.lead, plan);
      const supportOk = sameUnits(exp.support ?? [], got.support, plan);
      // A task with no date of its own inside a phase is due when the phase ends (the compiler
      // gives it the phase window), whichever way the annotator wrote it.
      const phaseEnd = exp.phase ? (expected.phases ?? []).find((p) => p.title === exp.phase)?.end : undefined;
      const wanted = exp.due ?? phaseEnd ?? null;
      const due = wanted === null ? ownEnd(got) : got.due;
      const dueOk = wanted === null ? due === null : due === String(wanted);
      if (leadOk) row.lead++;
      else row.problems.push(`lead of "${exp.text}": expected ${JSON.stringify(exp.lead)}, got ${JSON.stringify(namesOf(got.lead, plan).map((u) => u.name))}`);
      if (supportOk) row.support++;
      else if (verbose) row.problems.push(`support of "${exp.text}": expected ${JSON.stringify(exp.support)}, got ${JSON.stringify(namesOf(got.support, plan).map((u) => u.name))}`);
      if (dueOk) row.due++;
      else if (verbose) row.problems.push(`due of "${exp.text}": expected ${exp.due ?? null}, got ${due} (${JSON.stringify(got.source)})`);
    }
    for (const exp of expected.phases ?? []) {
      const hit = plan.phases.find((p) => fold(p.title).includes(fold(exp.title)) || fold(exp.title).includes(fold(p.title)));
      // A stage the document gives no dates (start/end null) is right when it is there at all.
      const undated = exp.start === null && exp.end === null;
      if (hit && (undated || (hit.start === String(exp.start) && hit.end === String(exp.end)))) row.phasesRight++;
      else row.problems.push(`phase ${exp.title} ${exp.start}..${exp.end}: ${hit ? `got ${hit.start}..${hit.end}` : 'not found'}`);
    }
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const names = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpusDir, d.name, 'expected.yaml')) && (!only || d.name === only))
  .map((d) => d.name)
  .sort();
const rows = names.map(scoreDocument);

const ratio = (a, b) => (b === 0 ? '—' : (a / b).toFixed(2));
/** Totals over some rows: ratios over every annotated task (a task not found counts as wrong). */
function totalsOf(list) {
  const sum = (key) => list.reduce((n, r) => n + (typeof r[key] === 'boolean' ? (r[key] ? 1 : 0) : r[key]), 0);
  return {
    documents: list.length,
    tasks: sum('tasks'),
    found: ratio(sum('found'), sum('tasks')),
    lead: ratio(sum('lead'), sum('tasks')),
    support: ratio(sum('support'), sum('tasks')),
    due: ratio(sum('due'), sum('tasks')),
    phases: ratio(sum('phasesRight'), sum('phases')),
    builds: `${sum('builds')}/${list.length}`,
    extra: sum('extra'),
  };
}
// The Xietang variants are one plan five ways (and in the other tests too): scored apart, so
// they cannot carry the real documents' figures.
const groups = [
  ['real documents', rows.filter((r) => !r.name.startsWith('xietang-'))],
  ['Xietang variants', rows.filter((r) => r.name.startsWith('xietang-'))],
  ['all', rows],
].filter(([, list]) => list.length > 0);
const totals = Object.fromEntries(groups.map(([label, list]) => [label, totalsOf(list)]));

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ totals, rows }, null, 2)}\n`);
} else {
  const lines = ['| document | kind | tasks | found | lead | support | due | phases | extra | builds |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |'];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.kind ?? ''} | ${r.tasks} | ${ratio(r.found, r.tasks)} | ${ratio(r.lead, r.tasks)} | ${ratio(r.support, r.tasks)} | ${ratio(r.due, r.tasks)} | ${r.phases ? `${r.phasesRight}/${r.phases}` : '—'} | ${r.extra} | ${r.builds ? 'yes' : 'NO'} |`);
  }
  for (const [label, t] of Object.entries(totals)) {
    lines.push(`| **${label} (${t.documents})** | | ${t.tasks} | **${t.found}** | **${t.lead}** | **${t.support}** | **${t.due}** | **${t.phases}** | ${t.extra} | **${t.builds}** |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (verbose || only) for (const r of rows) if (r.problems.length) process.stdout.write(`\n${r.name}:\n${r.problems.map((p) => `  - ${p}`).join('\n')}\n`);
}
