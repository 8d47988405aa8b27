// One cold `plan build` of a file, stage by stage, in this (fresh) process; prints JSON ms.
// Used by `profile.mjs cold`; the modules are tsc's dist/ output, not the esbuild bundle.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const out = {};
let t = performance.now();
const lap = (name) => {
  const now = performance.now();
  out[name] = +(now - t).toFixed(2);
  t = now;
};
const m = await Promise.all(
  ['load/load.js', 'validate/validate.js', 'resolve/resolve.js', 'check/check.js', 'check/lint-config.js', 'dates/holidays/plan-calendar.js', 'check/calendar-services.js', 'report/formatters/index.js', 'diagnostics/sort.js'].map((p) => import(join(ROOT, 'dist', p))),
);
lap('import compile modules');
const [{ load }, { validate }, { resolve }, { check }, { effectiveConfig }, { workCalendar }, { calendarServices }, { formatters }, { sortDiagnostics }] = m;
const emit = await import(join(ROOT, 'dist', 'emit', 'emit.js'));
const { writeArtifacts } = await import(join(ROOT, 'dist', 'emit', 'write.js'));
lap('import emit modules');
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
lap('read file');
const loaded = load({ path: file, text });
lap('load (yaml parse, cold)');
const validated = validate(loaded.value.data);
lap('validate (first call)');
const { rules } = effectiveConfig(undefined, file);
let services = {};
const resolved = resolve(validated.value, { file, calendar: (o) => { const x = workCalendar(undefined, o); services = calendarServices(x); return x; } });
lap('resolve (incl. holiday calendar)');
const diags = sortDiagnostics(check(resolved.value, rules, services, 'en'));
lap('check (rules)');
formatters.stylish(diags, { cwd: ROOT, color: false, sources: new Map([[file, text]]), files: [file] });
lap('format diagnostics (stylish)');
const emitters = emit.createEmitters ? emit.createEmitters() : emit.emitters;
const artifacts = [];
for (const e of emitters) {
  artifacts.push(...e.emit({ plan: resolved.value, generatedAt: new Date('2018-05-01T00:00:00Z') }));
  lap(`emit ${e.id}`);
}
const dir = mkdtempSync(join(os.tmpdir(), 'plan-cold-'));
writeArtifacts(join(dir, 'out'), artifacts);
lap('write files');
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(out));
