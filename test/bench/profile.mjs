#!/usr/bin/env node
// Where the time goes (a diagnostic aid for the benchmark; not run by `npm run bench`).
//
//   node test/bench/profile.mjs startup            # cost of importing each dependency / module, fresh processes
//   node test/bench/profile.mjs stages [N] [REPS]  # in-process stages of `plan build` at N tasks (default 10000)
//   node test/bench/profile.mjs cold [FILE]          # one cold build stage by stage in fresh processes (default: the Xietang plan)
//   node test/bench/profile.mjs cpu -- ARGS...      # `node --cpu-prof bin/plan.js ARGS`, self time by package and function
//
// Expects dist/ built. Stages re-implement compile() step by step from dist/ modules, so their sum
// is close to, not exactly, compile + emitAll.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderYaml, syntheticPlan } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function fresh(code, reps = 7) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

function startup() {
  const imp = (spec) => `const t=performance.now(); await import(${JSON.stringify(spec)}); console.log(performance.now()-t)`;
  const req = (spec) => `import {createRequire} from 'node:module'; const r=createRequire(${JSON.stringify(join(ROOT, 'x.js'))}); const t=performance.now(); r(${JSON.stringify(spec)}); console.log(performance.now()-t)`;
  const rows = [
    ['yaml', imp('yaml')],
    ['commander', imp('commander')],
    ['chalk', imp('chalk')],
    ['date-fns (barrel)', imp('date-fns')],
    ['eta', imp('eta')],
    ['chinese-days', imp('chinese-days')],
    ['timezones-ical-library', imp('timezones-ical-library')],
    ['ajv/dist/2020 (require)', req('ajv/dist/2020.js')],
    [
      'ajv: new Ajv2020 + compile plan.schema.json',
      `import {createRequire} from 'node:module'; import {readFileSync} from 'node:fs'; const r=createRequire(${JSON.stringify(join(ROOT, 'x.js'))}); const A=r('ajv/dist/2020.js'); const s=JSON.parse(readFileSync('schemas/plan.schema.json','utf8')); const t=performance.now(); new A({allErrors:true,strict:true,verbose:true}).compile(s); console.log(performance.now()-t)`,
    ],
    ['dist/cli/main.js (CLI shell)', imp(dist('cli/main.js'))],
    ['dist/cli/commands/lint.js', imp(dist('cli/commands/lint.js'))],
    ['dist/cli/commands/build.js', imp(dist('cli/commands/build.js'))],
    ['dist/compile.js', imp(dist('compile.js'))],
    ['dist/dates/index.js', imp(dist('dates/index.js'))],
    ['dist/check/rules/index.js', imp(dist('check/rules/index.js'))],
    ['dist/emit/emit.js', imp(dist('emit/emit.js'))],
    ['dist/report/formatters/index.js', imp(dist('report/formatters/index.js'))],
  ];
  console.log('import cost in a fresh process (median of 7, ms; includes what each pulls in):');
  for (const [name, code] of rows) console.log(`  ${name.padEnd(46)} ${fresh(code).toFixed(1).padStart(7)}`);
}

async function stages(n, reps) {
  const t0 = performance.now();
  const [{ parseDocument, LineCounter }, { load }, { validate }, { resolve }, { check }, { effectiveConfig }, { workCalendar }, { calendarServices }, { compile }, emitModule, { writeArtifacts }, { printDiagnostics }, { sortDiagnostics }] =
    await Promise.all([
      import('yaml'),
      import(dist('load/load.js')),
      import(dist('validate/validate.js')),
      import(dist('resolve/resolve.js')),
      import(dist('check/check.js')),
      import(dist('check/lint-config.js')),
      import(dist('dates/holidays/plan-calendar.js')),
      import(dist('check/calendar-services.js')),
      import(dist('compile.js')),
      import(dist('emit/emit.js')),
      import(dist('emit/write.js')),
      import(dist('cli/report.js')),
      import(dist('diagnostics/sort.js')),
    ]);
  const importMs = performance.now() - t0;
  const emitters = emitModule.createEmitters ? emitModule.createEmitters() : emitModule.emitters; // the API moved from a list to a factory
  const text = renderYaml(syntheticPlan(n));
  const input = { path: `plan-${n}.yaml`, text };
  const work = mkdtempSync(join(os.tmpdir(), 'plan-profile-'));
  const rows = new Map();
  const time = (name, f) => {
    const t = performance.now();
    const v = f();
    const ms = performance.now() - t;
    if (!rows.has(name)) rows.set(name, []);
    rows.get(name).push(ms);
    return v;
  };
  const firstValidate = (() => {
    const t = performance.now();
    validate({});
    return performance.now() - t;
  })();
  for (let i = 0; i <= reps; i++) {
    if (i === 1) rows.clear(); // run 0 is a warm-up
    time('yaml parseDocument (CST + AST, positions)', () => parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false }));
    const loaded = time('load = parseDocument + toJS + checks', () => load(input));
    const data = loaded.value.data;
    time('  of which document.toJS', () => loaded.value.source.document.toJS());
    const validated = time('validate (ajv, compiled)', () => validate(data));
    const { rules } = effectiveConfig(undefined, input.path);
    let services = {};
    const resolved = time('resolve (units, dates)', () =>
      resolve(validated.value, {
        file: input.path,
        calendar: (o) => {
          const calendar = workCalendar(undefined, o);
          services = calendarServices(calendar);
          return calendar;
        },
      }),
    );
    const found = time('check (rules)', () => check(resolved.value, rules, services, 'en'));
    const compiled = time('compile total (incl. locate + sort + directives)', () => compile(input));
    time('sort diagnostics', () => sortDiagnostics(compiled.diagnostics));
    const sink = { write() {} };
    const io = { cwd: ROOT, env: {}, stdout: sink, stderr: sink, isTTY: false };
    time(`print diagnostics, stylish (${compiled.diagnostics.length})`, () => printDiagnostics([{ file: input.path, text, result: compiled }], 'stylish', io, sink));
    const ctx = { plan: compiled.plan, generatedAt: new Date('2018-05-01T00:00:00Z') };
    const artifacts = [];
    for (const e of emitters) artifacts.push(...time(`emit ${e.id}`, () => e.emit(ctx)));
    const dir = join(work, `out-${i}`);
    time(`writeArtifacts (${artifacts.length} files, ${(artifacts.reduce((a, x) => a + Buffer.byteLength(x.contents), 0) / 2 ** 20).toFixed(1)} MiB)`, () => writeArtifacts(dir, artifacts));
    void found;
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`stages of plan build at ${n} tasks (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB), in process, median of ${reps} after a warm-up, ms:`);
  console.log(`  ${'imports (dist + deps, this process)'.padEnd(56)} ${importMs.toFixed(1).padStart(8)}`);
  console.log(`  ${'first validate() (ajv compile of the schema)'.padEnd(56)} ${firstValidate.toFixed(1).padStart(8)}`);
  for (const [name, xs] of rows) console.log(`  ${name.padEnd(56)} ${median(xs).toFixed(1).padStart(8)}`);
  const mem = process.memoryUsage();
  console.log(`  heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, max rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

/** Runs the CLI under --cpu-prof and sums self time by package (npm:x, dist/x, node:*) and by function. */
function cpu(args, top = 25) {
  const dir = mkdtempSync(join(os.tmpdir(), 'plan-cpuprof-'));
  try {
    const t0 = performance.now();
    spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', join(ROOT, 'bin', 'plan.js'), ...args], { cwd: ROOT, stdio: 'ignore' });
    const wall = performance.now() - t0;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const self = new Map();
    for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
    const groups = new Map();
    const fns = new Map();
    const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
    for (const n of p.nodes) {
      const us = self.get(n.id) ?? 0;
      if (!us) continue;
      const url = n.callFrame.url.replace(`file://${ROOT}`, '');
      const pkg = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
      const group = pkg ? `npm:${pkg[1]}` : url.startsWith('dist/') ? url.split('/').slice(0, 2).join('/') : url.startsWith('node:') ? 'node:* (module loading, fs, ...)' : url || `(${n.callFrame.functionName || 'native'})`;
      add(groups, group, us);
      add(fns, `${n.callFrame.functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '')}:${n.callFrame.lineNumber + 1}`, us);
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    console.log(`plan ${args.join(' ')}: wall ${wall.toFixed(0)} ms under the profiler, ${(total / 1000).toFixed(0)} ms sampled; self time by package:`);
    for (const [g, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${g}`);
    console.log('self time by function:');
    for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${f}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cold(file = join(ROOT, 'plans', 'xietang-2018.yaml'), reps = 7) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('./cold-stages.mjs', import.meta.url)), file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  console.log(`cold stages of one build of ${file} in a fresh process (tsc output, not the bundle), median of ${reps}, ms:`);
  let sum = 0;
  for (const k of Object.keys(runs[0])) {
    const v = median(runs.map((x) => x[k]));
    sum += v;
    console.log(`  ${k.padEnd(40)} ${v.toFixed(1).padStart(7)}`);
  }
  console.log(`  ${'sum'.padEnd(40)} ${sum.toFixed(1).padStart(7)}`);
}

const [mode = 'stages', a, b] = process.argv.slice(2);
if (mode === 'startup') startup();
else if (mode === 'cold') cold(a);
else if (mode === 'cpu') cpu(process.argv.slice(process.argv.indexOf('--') > 0 ? process.argv.indexOf('--') + 1 : 3));
else if (mode === 'stages') await stages(Number(a ?? 10000), Number(b ?? 3));
else {
  console.error('usage: profile.mjs startup | stages [N] [REPS] | cold [FILE] | cpu -- PLAN-ARGS...');
  process.exitCode = 2;
}
