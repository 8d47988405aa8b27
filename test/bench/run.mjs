#!/usr/bin/env node
// `npm run bench`: whole-process timings (start-up included) of `plan lint` and `plan build` on the
// Xietang plan and on generated plans of 1,000, 10,000 and 100,000 tasks, against the floor
// (`node -e 0`) and, when `tj3` is on PATH, TaskJuggler on the same plans. Medians of several
// repetitions, peak RSS, ratios, targets; prints a table and writes it to test/bench/results.md.
//
//   node test/bench/run.mjs [--quick] [--reps N] [--reps-large N] [--tj-reps N]
//                           [--sizes 1000,10000,100000] [--tj-max N] [--no-tj]
//                           [--out FILE | --no-write] [--keep] [--report-only]
//
// `plan report` (issue 20): a 10,000-task plan with a generated progress file beside it (2–4
// entries a task, test/bench/progress.mjs), `plan lint` and `plan report --format json` in
// alternate rounds, and their ratio (target: report within 2x lint). --report-only measures
// just that and writes nothing.
//
// Env: BENCH_REPS, BENCH_REPS_LARGE, BENCH_TJ_REPS, BENCH_SIZES, BENCH_TJ_MAX (same meanings);
// BENCH_NO_GNU_TIME=1 measures RSS and CPU through a preloaded module instead of /usr/bin/time;
// BENCH_SETTLE_SECONDS (default 20) is the untimed pause for the disk before measuring.
// Every output is kept until the end (deleting between runs slows the next writes, see
// freshOut): a full run needs about 4 GB of free space in the temporary folder.
// Plain Node ESM, no dependencies; expects dist/ to be built (npm run bench does that first).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTjp, renderYaml, seedPlan, syntheticPlan } from './generate.mjs';
import { renderProgress } from './progress.mjs';
import { GNU_TIME, median, onPath, runOnce, SETTLE_SECONDS, settleDisk, writeRssProbe } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'plan.js');
const XIETANG = join(ROOT, 'plans', 'xietang-2018.yaml');
const DEFAULT_OUT = join(ROOT, 'test', 'bench', 'results.md');

// ------------------------------------------------------------------------------------ options

function parseArgs(argv) {
  const env = process.env;
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a whole number, got '${v}'`);
    return n;
  };
  const o = {
    quick: false,
    reps: env.BENCH_REPS ? num(env.BENCH_REPS, 'BENCH_REPS') : undefined,
    repsLarge: env.BENCH_REPS_LARGE ? num(env.BENCH_REPS_LARGE, 'BENCH_REPS_LARGE') : undefined,
    tjReps: env.BENCH_TJ_REPS ? num(env.BENCH_TJ_REPS, 'BENCH_TJ_REPS') : undefined,
    sizes: env.BENCH_SIZES ? env.BENCH_SIZES.split(',').map((s) => num(s, 'BENCH_SIZES')) : [1000, 10000, 100000],
    tjMax: env.BENCH_TJ_MAX ? num(env.BENCH_TJ_MAX, 'BENCH_TJ_MAX') : 10000,
    tj: true,
    out: DEFAULT_OUT,
    keep: false,
    reportOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--reps') o.reps = num(next(), a);
    else if (a === '--reps-large') o.repsLarge = num(next(), a);
    else if (a === '--tj-reps') o.tjReps = num(next(), a);
    else if (a === '--sizes') o.sizes = next().split(',').filter(Boolean).map((s) => num(s, a));
    else if (a === '--tj-max') o.tjMax = num(next(), a);
    else if (a === '--no-tj') o.tj = false;
    else if (a === '--out') o.out = next();
    else if (a === '--no-write') o.out = undefined;
    else if (a === '--keep') o.keep = true;
    else if (a === '--report-only') o.reportOnly = true;
    else if (a === '-h' || a === '--help') {
      const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
      const head = lines.slice(1, lines.findIndex((l, i) => i > 0 && !l.startsWith('//')));
      process.stdout.write(`${head.map((l) => l.slice(3)).join('\n')}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  o.reps ??= o.quick ? 3 : 7; // Xietang, 1,000, 10,000
  o.repsLarge ??= o.quick ? 1 : 3; // 100,000 and above
  o.tjReps ??= o.quick ? 1 : 3; // TaskJuggler below 10,000; always 1 at 10,000 and above
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

// ------------------------------------------------------------------------------------ measuring

/** n repetitions; before each, `prepare` (untimed) may clean an output folder. */
function measure(label, n, make) {
  const times = [];
  const rss = [];
  const cpus = [];
  const syss = [];
  for (let i = 0; i < n; i++) {
    const { cmd, args, opts } = make(i);
    let r;
    try {
      r = runOnce(cmd, args, opts);
    } catch (error) {
      // A failed run is reported in the table, not hidden: the rest of the benchmark goes on.
      process.stderr.write(`  ${label} #${i + 1}/${n}: FAILED: ${error.message}\n`);
      return { reps: n, failed: String(error.message).split('\n')[0] };
    }
    times.push(r.seconds);
    if (r.rssMiB !== undefined) rss.push(r.rssMiB);
    if (r.cpu !== undefined) cpus.push(r.cpu);
    if (r.sys !== undefined) syss.push(r.sys);
    process.stderr.write(`  ${label} #${i + 1}/${n}: ${r.seconds.toFixed(3)} s${r.rssMiB !== undefined ? `, ${r.rssMiB.toFixed(0)} MiB` : ''}\n`);
  }
  return { reps: n, seconds: median(times), min: Math.min(...times), max: Math.max(...times), rssMiB: rss.length ? Math.max(...rss) : undefined, cpu: cpus.length ? median(cpus) : undefined, sys: syss.length ? median(syss) : undefined };
}

/**
 * What writing the same outputs costs here without plan: a child process reads the folder the
 * last build wrote (untimed), then writes the same files into a fresh folder with writeFileSync
 * (timed). On a slow disk this alone can be a large share of `plan build`.
 */
const WRITE_FLOOR = `
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [src, dst] = process.argv.slice(1);
const files = [];
const walk = (rel) => { for (const e of readdirSync(join(src, rel), { withFileTypes: true })) { const r = join(rel, e.name); if (e.isDirectory()) walk(r); else files.push([r, readFileSync(join(src, r))]); } };
walk('');
const t = performance.now();
for (const [r, c] of files) { const p = join(dst, r); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, c); }
process.stdout.write(JSON.stringify({ ms: performance.now() - t, files: files.length, bytes: files.reduce((a, f) => a + f[1].length, 0) }));
`;

function writeFloor(src, work, reps) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const dst = join(work, `write-floor-${i}`);
    // Kept until the end of the run, like the builds' outputs (see freshOut in main).
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', WRITE_FLOOR, src, dst], { encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    runs.push(JSON.parse(r.stdout));
  }
  const m = { seconds: median(runs.map((x) => x.ms)) / 1000, files: runs[0].files, bytes: runs[0].bytes };
  process.stderr.write(`  writing the same ${m.files} files (${(m.bytes / 2 ** 20).toFixed(1)} MiB) with plain writeFileSync: ${m.seconds.toFixed(3)} s\n`);
  return m;
}

// ------------------------------------------------------------------------------------ plan report

/** The day the generated progress is reported up to, and the report's --as-of. */
const REPORT_AS_OF = '2018-10-15';
const REPORT_TASKS = 10000;

/**
 * `plan lint` and `plan report --format json` on a 10,000-task plan with its progress file beside
 * it (where both commands find it by convention), in alternate rounds so the ratio shares the
 * machine's conditions.
 */
function measureReport(work, reps) {
  const plan = syntheticPlan(REPORT_TASKS);
  const yaml = join(work, `progress-${REPORT_TASKS}.yaml`);
  const progress = join(work, `progress-${REPORT_TASKS}.progress.yaml`);
  writeFileSync(yaml, renderYaml(plan));
  writeFileSync(progress, renderProgress(plan, REPORT_AS_OF));
  const entries = readFileSync(progress, 'utf8').split('\n').filter((l) => l.startsWith('  - ')).length;
  process.stderr.write(`plan report: ${REPORT_TASKS.toLocaleString('en-US')} tasks, ${entries.toLocaleString('en-US')} progress entries (${(statSync(progress).size / 1024).toFixed(0)} KiB):\n`);
  const node = process.execPath;
  const out = join(work, 'report.json');
  runOnce(node, [BIN, 'report', yaml, '--as-of', REPORT_AS_OF, '--format', 'json', '-o', out], { work, node: true }); // warm, and it must work
  const lint = [];
  const report = [];
  for (let i = 0; i < reps; i++) {
    // Exit 1 is allowed for lint: a generated plan may draw errors from rules about progress.
    lint.push(runOnce(node, [BIN, 'lint', yaml], { work, node: true, okCodes: [0, 1] }));
    report.push(runOnce(node, [BIN, 'report', yaml, '--as-of', REPORT_AS_OF, '--format', 'json', '-o', out], { work, node: true }));
    process.stderr.write(`  round ${i + 1}/${reps}: lint ${lint.at(-1).seconds.toFixed(3)} s, report ${report.at(-1).seconds.toFixed(3)} s\n`);
  }
  const sum = (xs) => ({ reps, seconds: median(xs.map((x) => x.seconds)), min: Math.min(...xs.map((x) => x.seconds)), max: Math.max(...xs.map((x) => x.seconds)), rssMiB: xs.some((x) => x.rssMiB) ? Math.max(...xs.map((x) => x.rssMiB ?? 0)) : undefined, cpu: xs.every((x) => x.cpu !== undefined) ? median(xs.map((x) => x.cpu)) : undefined });
  return { tasks: REPORT_TASKS, entries, lint: sum(lint), report: sum(report) };
}

/** The section of the results about `plan report`, as Markdown lines and as terminal lines. */
function renderReport(r) {
  const ratio = r.report.seconds / r.lint.seconds;
  const ok = ratio <= 2;
  const row = (m) => `${m.seconds.toFixed(3)} s (${m.min.toFixed(3)} – ${m.max.toFixed(3)}, CPU ${m.cpu !== undefined ? `${m.cpu.toFixed(2)} s` : '–'}, ${m.rssMiB !== undefined ? `${m.rssMiB.toFixed(0)} MiB` : '–'})`;
  const target = `\`plan report --format json\` of ${r.tasks.toLocaleString('en-US')} tasks with progress within 2x \`plan lint\``;
  const markdown = [
    '## `plan report`',
    '',
    `A ${r.tasks.toLocaleString('en-US')}-task generated plan with a progress file beside it (${r.entries.toLocaleString('en-US')} entries, 2–4 a task, \`test/bench/progress.mjs\`); \`plan lint PLAN\` and \`plan report PLAN --as-of ${REPORT_AS_OF} --format json -o FILE\` in alternate rounds (median, min – max, CPU, peak RSS).`,
    '',
    '| command | wall |',
    '| --- | --- |',
    `| \`plan lint\` | ${row(r.lint)} |`,
    `| \`plan report --format json\` | ${row(r.report)} |`,
    '',
    `| target | measured | |`,
    '| --- | --- | --- |',
    `| ${target} | ${ratio.toFixed(2)}x | ${ok ? 'met' : '**NOT met**'} |`,
    '',
  ];
  const text = [`plan lint (${r.tasks} tasks, ${r.entries} progress entries): ${row(r.lint)}`, `plan report --format json:                  ${row(r.report)}`, `${ok ? ' ok' : 'NOT'}  ${target.replaceAll('`', '')}: ${ratio.toFixed(2)}x`];
  return { markdown: markdown.join('\n'), text: text.join('\n') };
}

// ------------------------------------------------------------------------------------ main

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

function tj3Version(tj3) {
  const r = spawnSync(tj3, ['--version'], { encoding: 'utf8' });
  return (r.stdout || r.stderr || '').split('\n').find((l) => /\d+\.\d+/.test(l))?.trim() ?? 'tj3';
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.json` (npm run bench does)');
  const tj3 = o.tj ? onPath('tj3') : undefined;
  const work = mkdtempSync(join(os.tmpdir(), 'plan-bench-'));
  writeRssProbe(work);
  const info = machine();
  process.stderr.write(
    `plan bench: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB.toFixed(1)} GiB, node ${info.node}; ` +
      `reps ${o.reps} (${o.repsLarge} at >= 100,000), tj3 ${tj3 ? `${o.tjReps} reps, 1 at >= 10,000, up to ${o.tjMax}` : 'not run'}; ` +
      `RSS via ${GNU_TIME ? 'GNU time' : 'process.resourceUsage() (no /usr/bin/time)'}; work dir ${work}\n`,
  );

  // Inputs: our side of Xietang is the project's own plan; TaskJuggler gets the seed transcription.
  const sizes = [{ key: 'xietang', label: 'Xietang', tasks: 26, yaml: XIETANG, tjp: join(work, 'xietang.tjp') }];
  writeFileSync(sizes[0].tjp, renderTjp(seedPlan()));
  for (const n of o.sizes) {
    const plan = syntheticPlan(n);
    const s = { key: String(n), label: n.toLocaleString('en-US'), tasks: n, yaml: join(work, `plan-${n}.yaml`), tjp: join(work, `plan-${n}.tjp`) };
    writeFileSync(s.yaml, renderYaml(plan));
    writeFileSync(s.tjp, renderTjp(plan));
    sizes.push(s);
  }
  for (const s of sizes) s.bytes = statSync(s.yaml).size;

  const node = process.execPath;
  const nodeRun = (args) => ({ cmd: node, args, opts: { work, node: true } });
  // Outputs are kept until the whole run is over. Deleting a 48 MiB output just before the next
  // timed build made that build 2-3x slower on an ext4 volume mounted with `discard`: the kernel
  // discards the freed blocks during the following seconds' writes. A build into a fresh folder
  // deletes nothing, so the harness must not either.
  let outCount = 0;
  const freshOut = () => join(work, `out-${outCount++}`);

  // Warm the page cache (node, dist/, node_modules) once; not counted.
  runOnce(node, ['-e', '0'], { work, node: true });
  runOnce(node, [BIN, 'lint', XIETANG], { work, node: true });
  runOnce(node, [BIN, 'build', XIETANG, '-o', freshOut()], { work, node: true });
  settleDisk();

  if (o.reportOnly) {
    const section = renderReport(measureReport(work, o.reps));
    process.stdout.write(`\n${section.text}\n\n`);
    if (!o.keep) rmSync(work, { recursive: true, force: true });
    return;
  }

  const results = [];
  let floor;
  for (const s of sizes) {
    const reps = s.tasks >= 100000 ? o.repsLarge : o.reps;
    process.stderr.write(`${s.label} (${s.tasks} tasks, ${(s.bytes / 1024).toFixed(0)} KiB of YAML):\n`);
    const r = { ...s, reps };
    if (s.key === 'xietang') {
      // Interleave the floor with lint/build in the same rounds, so the ratios share conditions.
      const f = [];
      const l = [];
      const b = [];
      for (let i = 0; i < reps; i++) {
        f.push(runOnce(node, ['-e', '0'], { work, node: true })); // the Xietang plan must lint and build: a failure here stops the run
        l.push(runOnce(node, [BIN, 'lint', s.yaml], { work, node: true }));
        b.push(runOnce(node, [BIN, 'build', s.yaml, '-o', freshOut()], { work, node: true }));
        process.stderr.write(`  round ${i + 1}/${reps}: node -e 0 ${f.at(-1).seconds.toFixed(3)} s, lint ${l.at(-1).seconds.toFixed(3)} s, build ${b.at(-1).seconds.toFixed(3)} s\n`);
      }
      const sum = (xs) => ({ reps, seconds: median(xs.map((x) => x.seconds)), min: Math.min(...xs.map((x) => x.seconds)), max: Math.max(...xs.map((x) => x.seconds)), rssMiB: xs.some((x) => x.rssMiB) ? Math.max(...xs.map((x) => x.rssMiB ?? 0)) : undefined, cpu: xs.every((x) => x.cpu !== undefined) ? median(xs.map((x) => x.cpu)) : undefined, sys: xs.every((x) => x.sys !== undefined) ? median(xs.map((x) => x.sys)) : undefined });
      floor = sum(f);
      r.floor = floor;
      r.lint = sum(l);
      r.build = sum(b);
    } else {
      r.lint = measure('lint', reps, () => nodeRun([BIN, 'lint', s.yaml]));
      let firstOut;
      r.build = measure('build', reps, () => {
        const dir = freshOut();
        firstOut ??= dir;
        return nodeRun([BIN, 'build', s.yaml, '-o', dir]);
      });
      if (!r.build.failed) r.writeFloor = writeFloor(firstOut, work, Math.min(reps, 3));
    }
    // The opt-in Word documents (`--docx`, issue 19), up to 10,000 tasks: what asking for them costs.
    if (s.tasks <= 10000) r.buildDocx = measure('build --docx', Math.min(reps, 5), () => nodeRun([BIN, 'build', s.yaml, '--docx', '-o', freshOut()]));
    if (tj3 && s.tasks <= o.tjMax && s.tasks < 100000) {
      const tjReps = s.tasks >= 10000 ? 1 : o.tjReps;
      r.tj = measure('tj3', tjReps, () => {
        const dir = freshOut();
        mkdirSync(dir, { recursive: true });
        return { cmd: tj3, args: ['--silent', '--no-color', '-o', dir, s.tjp], opts: { work } };
      });
    }
    results.push(r);
  }

  const report = render(info, o, results, floor, tj3 ? tj3Version(tj3) : o.tj ? 'not installed (tj3 not on PATH; Debian package tj3)' : 'not run (--no-tj)');
  const reportSection = o.sizes.includes(REPORT_TASKS) ? renderReport(measureReport(work, o.reps)) : undefined;
  process.stdout.write(`\n${report.text}\n\n${reportSection ? `${reportSection.text}\n\n` : ''}`);
  if (o.out) {
    writeFileSync(o.out, reportSection ? `${report.markdown}\n${reportSection.markdown}` : report.markdown);
    process.stderr.write(`wrote ${relative(process.cwd(), o.out) || o.out}\n`);
  }
  if (!o.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${work}\n`);
}

// ------------------------------------------------------------------------------------ report

const sec = (m) => (!m ? '–' : m.failed ? 'failed' : `${m.seconds.toFixed(3)} s`);
const cpu = (m) => (m?.cpu !== undefined ? `${m.cpu.toFixed(3)} s${m.sys !== undefined ? ` (sys ${m.sys.toFixed(2)})` : ''}` : '–');
const mib = (m) => (m?.rssMiB !== undefined ? `${m.rssMiB.toFixed(0)} MiB` : '–');
const x = (v) => (v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(v >= 10 ? 0 : 2)}x`);
const ok = (...ms) => ms.every((m) => m && !m.failed);

function render(info, o, results, floor, tjVersion) {
  const by = Object.fromEntries(results.map((r) => [r.key, r]));
  const xt = by.xietang;
  const b1k = by['1000'];
  const b10k = by['10000'];
  const b100k = by['100000'];
  const growth = (a, b, sub = 0) => (a && b && ok(a.build, b.build) ? Math.log((b.build.seconds - sub) / (a.build.seconds - sub)) / Math.log(b.tasks / a.tasks) : undefined);
  const exponent = growth(b10k, b100k);
  const exponentNet = growth(b10k, b100k, floor.seconds);

  const rows = results.map((r) => [
    r.label,
    `${(r.bytes / 1024).toFixed(0)} KiB`,
    String(r.reps),
    r.key === 'xietang' ? sec(floor) : '',
    sec(r.lint),
    cpu(r.lint),
    mib(r.lint),
    sec(r.build),
    cpu(r.build),
    mib(r.build),
    r.buildDocx ? `${sec(r.buildDocx)}${ok(r.buildDocx, r.build) ? ` (${x(r.buildDocx.seconds / r.build.seconds)})` : ''}` : '–',
    r.writeFloor ? `${r.writeFloor.files} / ${(r.writeFloor.bytes / 2 ** 20).toFixed(1)} MiB / ${r.writeFloor.seconds.toFixed(3)} s` : '',
    r.tj ? `${sec(r.tj)}${r.tj.reps === 1 ? ' (1 run)' : ''}` : '–',
    mib(r.tj),
    r.key === 'xietang' ? x(r.lint.seconds / floor.seconds) : '',
    r.key === 'xietang' ? x(r.build.seconds / floor.seconds) : '',
    r.tj && ok(r.tj, r.build) ? x(r.tj.seconds / r.build.seconds) : '–',
  ]);
  const head = ['plan', 'YAML', 'reps', '`node -e 0`', '`plan lint`', 'lint CPU', 'lint RSS', '`plan build`', 'build CPU', 'build RSS', '`build --docx` (/ build)', 'outputs: files / size / plain write', '`tj3`', 'tj3 RSS', 'lint / floor', 'build / floor', 'tj3 / build'];

  const targets = [];
  const target = (name, value, ok) => targets.push({ name, value, ok });
  // The date language's own budget, measured in a process of its own.
  const dates = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test', 'bench', 'dates.mjs')], { encoding: 'utf8' }));
  target(`resolving ${dates.count.toLocaleString('en')} date expressions (${dates.forms} forms, warm) well under 1 s`, `${dates.seconds.toFixed(3)} s`, dates.seconds <= 0.5);
  if (xt) {
    target('`plan lint` on Xietang within 1.5x `node -e 0`', x(xt.lint.seconds / floor.seconds), xt.lint.seconds <= 1.5 * floor.seconds);
    target('`plan build` on Xietang within 2x `node -e 0`', x(xt.build.seconds / floor.seconds), xt.build.seconds <= 2 * floor.seconds);
  }
  if (b10k) {
    target('`plan build` of 10,000 tasks within 1.0 s', sec(b10k.build), b10k.build.seconds <= 1.0);
    target('`plan build` of 10,000 tasks within 200 MiB', mib(b10k.build), b10k.build.rssMiB === undefined ? undefined : b10k.build.rssMiB <= 200);
  }
  if (b100k) target('`plan build` of 100,000 tasks within 10 s', sec(b100k.build), b100k.build.seconds <= 10);
  if (exponent !== undefined) target('growth exponent of `plan build`, 10,000 → 100,000, at most 1.05', `${exponent.toFixed(3)} (net of \`node -e 0\`: ${exponentNet.toFixed(3)})`, exponent <= 1.05);
  if (b1k) target('at 1,000 tasks at least 20x faster than TaskJuggler', b1k.tj ? x(b1k.tj.seconds / b1k.build.seconds) : 'tj3 not run', b1k.tj ? b1k.tj.seconds / b1k.build.seconds >= 20 : undefined);
  if (b10k) target('at 10,000 tasks at least 150x faster than TaskJuggler', b10k.tj ? x(b10k.tj.seconds / b10k.build.seconds) : 'tj3 not run', b10k.tj ? b10k.tj.seconds / b10k.build.seconds >= 150 : undefined);
  const mark = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : '**NOT met**');

  const md = [];
  md.push('# Benchmark results', '');
  md.push('Written by `npm run bench` (test/bench/run.mjs); regenerate, do not edit by hand.', '');
  md.push(`- machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB.toFixed(1)} GiB RAM, ${info.os}`);
  md.push(`- node ${info.node}; TaskJuggler: ${tjVersion}`);
  md.push(`- date: ${info.date}`);
  md.push(
    `- method: whole-process wall time, start-up included, median of the stated repetitions (${o.quick ? '`--quick`' : 'full run'}); ` +
      `CPU = user + system time of the process (median; less sensitive than wall time to other load on the machine), with the system (kernel) share in brackets: on this virtual machine, creating and filling files costs kernel time that varies several-fold from run to run; peak RSS ${GNU_TIME ? 'from GNU `time -f %M`' : 'from `process.resourceUsage().maxRSS`'} (largest over the repetitions); ` +
      '`plan build` writes every output (plan.json, calendars, unit lists, summaries) to a fresh folder; diagnostics go to a file. ' +
      `Outputs are kept until the run ends and the disk is left to settle for ${SETTLE_SECONDS} s before measuring: on this machine's ext4 volume (mounted with \`discard\`), deleting a large folder slows the writes of the next ten seconds or so by an order of magnitude, which earlier runs of this benchmark measured as build time. ` +
      '"plain write" is what writing the same files costs with `writeFileSync` in a loop (no start-up, no plan), the disk\'s share of the build on this machine. ' +
      'Xietang: `plans/xietang-2018.yaml` for plan, the 26-item transcription for tj3; other sizes: `test/bench/generate.mjs -n N` (same content in both renderings).',
  );
  md.push('');
  md.push(`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) md.push(`| ${r.join(' | ')} |`);
  md.push('');
  if (exponent !== undefined) md.push(`Growth exponent of \`plan build\` from 10,000 to 100,000 tasks, log(t100k / t10k) / log(10): **${exponent.toFixed(3)}** (net of \`node -e 0\`: ${exponentNet.toFixed(3)}).`, '');
  const spread = (m) => (!m ? '–' : m.failed ? `failed: ${m.failed.replaceAll('|', '\\|')}` : `${m.min.toFixed(3)} – ${m.max.toFixed(3)} s (${m.reps})`);
  md.push('Spread of the repetitions (min – max, count); the machine may be shared, so read medians with it:', '');
  md.push('| plan | `node -e 0` | `plan lint` | `plan build` | `tj3` |', '| --- | --- | --- | --- | --- |');
  for (const r of results) md.push(`| ${r.label} | ${r.key === 'xietang' ? spread(floor) : ''} | ${spread(r.lint)} | ${spread(r.build)} | ${spread(r.tj)} |`);
  md.push('');
  md.push('## Targets', '', '| target | measured | |', '| --- | --- | --- |');
  for (const t of targets) md.push(`| ${t.name} | ${t.value} | ${mark(t.ok)} |`);
  md.push('');

  // Plain-text table for the terminal.
  const plainHead = head.map((h) => h.replaceAll('`', ''));
  const widths = plainHead.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const text = [line(plainHead), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  if (exponent !== undefined) text.push(`growth exponent (build, 10,000 -> 100,000): ${exponent.toFixed(3)} (net of node -e 0: ${exponentNet.toFixed(3)})`, '');
  for (const t of targets) text.push(`${t.ok === undefined ? '  ?' : t.ok ? ' ok' : 'NOT'}  ${t.name.replaceAll('`', '')}: ${t.value.replaceAll('`', '')}`);
  return { markdown: md.join('\n'), text: text.join('\n') };
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
