// Cheap guards against superlinear cost, on plans from the benchmark's generator: each compares
// two sizes measured in the same run, with generous slack, never an absolute time (absolute
// speed lives in `npm run bench`, test/bench/results.md).
//
//   * compile + emit (every output, in memory) of 1,000 and 4,000 tasks;
//   * the stylish report (code frames) that `plan build` and `plan lint` print, on probe
//     diagnostics one per 50 lines of those plans: its cost must grow with the number of
//     diagnostics, not with diagnostics times file size (re-splitting the file per diagnostic).
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { hasErrors } from '../../../src/diagnostics/sort.js';
import { emitAll } from '../../../src/emit/emit.js';
import { formatters } from '../../../src/report/formatters/index.js';
import { renderYaml, syntheticPlan } from '../../bench/generate.mjs';

const SMALL = 1000;
const LARGE = 4000;
const SIZE_RATIO = LARGE / SMALL;
const REPS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function compileOk(path: string, text: string) {
  const result = compile({ path, text });
  if (!result.plan || hasErrors(result.diagnostics)) throw new Error(`${path} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { plan: result.plan, diagnostics: result.diagnostics };
}

function buildOnce(path: string, text: string): { ms: number; files: number } {
  const t0 = performance.now();
  const { plan } = compileOk(path, text);
  const artifacts = emitAll({ plan, generatedAt: new Date('2018-05-01T00:00:00Z') });
  return { ms: performance.now() - t0, files: artifacts.length };
}

/** Mean time of one call, repeating until at least `budgetMs` has passed (small costs, stable). */
function perCall(f: () => unknown, budgetMs = 60): number {
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    f();
    n++;
    elapsed = performance.now() - t0;
  } while (elapsed < budgetMs);
  return elapsed / n;
}

describe('scale: cost grows about linearly with the number of tasks', () => {
  const small = renderYaml(syntheticPlan(SMALL));
  const large = renderYaml(syntheticPlan(LARGE));

  it(`compile + emit: ${LARGE} tasks cost under ${2 * SIZE_RATIO}x of ${SMALL} (linear is about ${SIZE_RATIO}x)`, () => {
    buildOnce('small.yaml', small); // warm-up: JIT, lazily built tables
    const ts: number[] = [];
    const tl: number[] = [];
    let files = 0;
    for (let i = 0; i < REPS; i++) {
      ts.push(buildOnce('small.yaml', small).ms);
      const r = buildOnce('large.yaml', large);
      tl.push(r.ms);
      files = r.files;
    }
    expect(files).toBeGreaterThan(LARGE / 20); // every unit got its outputs: the work was really done
    const ratio = median(tl) / median(ts);
    // Quadratic would give about 16; fail only beyond twice the size ratio (noisy machines).
    expect(ratio, `median ${median(ts).toFixed(0)} ms at ${SMALL}, ${median(tl).toFixed(0)} ms at ${LARGE}`).toBeLessThan(2 * SIZE_RATIO);
  });

  // codeFrame() once split the whole text per diagnostic (24 s of `plan lint` at 100,000 tasks).
  it(`stylish report: per diagnostic, ${LARGE} tasks cost under 2x of ${SMALL} (linear is about 1x)`, () => {
    // One diagnostic per 50 lines, made here rather than by the rules so the guard does not
    // depend on what the rules find: per diagnostic, the cost must not grow with the file.
    const report = (path: string, text: string) => {
      const lines = text.split('\n').length;
      const diagnostics: Diagnostic[] = [];
      for (let line = 10; line < lines; line += 50) {
        diagnostics.push({
          code: 'scale-probe',
          stage: 'check',
          severity: 'info',
          path: [],
          message: `probe at line ${line}`,
          span: { file: path, start: { line, column: 3 }, end: { line, column: 9 } },
        });
      }
      const context = { cwd: '/', color: false, sources: new Map([[path, text]]), files: [path] };
      return { count: diagnostics.length, run: () => formatters.stylish!(diagnostics, context) };
    };
    const s = report('small.yaml', small);
    const l = report('large.yaml', large);
    perCall(s.run, 20); // warm-up
    const ps = perCall(s.run) / s.count;
    const pl = perCall(l.run) / l.count;
    // A whole-file split per diagnostic (quadratic overall) makes this about 4x.
    expect(pl / ps, `${(ps * 1000).toFixed(1)} µs per diagnostic at ${SMALL} tasks, ${(pl * 1000).toFixed(1)} µs at ${LARGE}`).toBeLessThan(2);
  });
});
