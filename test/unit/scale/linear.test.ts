// A cheap guard against superlinear cost: compile + emit (every output, in memory) of two
// generated plans, 1,000 and 4,000 tasks, timed in the same run; the ratio of the medians must
// stay well below quadratic. Never an absolute time: absolute speed lives in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/cli/compile-plan.js';
import { hasErrors } from '../../../src/diagnostics/sort.js';
import { emitAll } from '../../../src/emit/emit.js';
import { renderYaml, syntheticPlan } from '../../bench/generate.mjs';

const SMALL = 1000;
const LARGE = 4000;
const REPS = 3;

function buildOnce(path: string, text: string): { ms: number; files: number } {
  const t0 = performance.now();
  const result = compilePlan({ path, text });
  if (!result.plan || hasErrors(result.diagnostics)) throw new Error(`${path} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  const artifacts = emitAll({ plan: result.plan, generatedAt: new Date('2018-05-01T00:00:00Z') });
  return { ms: performance.now() - t0, files: artifacts.length };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

describe('scale', () => {
  it(`building ${LARGE} tasks costs at most about linearly more than ${SMALL} (ratio of two sizes, one run)`, () => {
    const small = renderYaml(syntheticPlan(SMALL));
    const large = renderYaml(syntheticPlan(LARGE));
    buildOnce('small.yaml', small); // warm-up: JIT, lazy module state
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
    const sizeRatio = LARGE / SMALL;
    // Linear gives about 4 (a little less: fixed costs); quadratic would give 16. Generous slack
    // for noisy machines: fail only beyond twice the size ratio.
    expect(ratio, `median ${median(ts).toFixed(0)} ms at ${SMALL}, ${median(tl).toFixed(0)} ms at ${LARGE}`).toBeLessThan(2 * sizeRatio);
  });
});
