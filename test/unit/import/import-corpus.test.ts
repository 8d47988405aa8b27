import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../../src/fmt/format.js';
import { importPlanText } from '../../../src/import/index.js';
import { readDocument } from '../../../src/import/read/index.js';
import { repoFile } from './helpers.js';

const root = new URL('../../../', import.meta.url).pathname;
const corpusDir = join(root, 'test/fixtures/import');
const documents = readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'tools').map((d) => d.name);

interface Totals {
  readonly documents: number;
  readonly found: string;
  readonly lead: string;
  readonly support: string;
  readonly due: string;
  readonly phases: string;
  readonly builds: string;
}

/**
 * The whole corpus through the real CLI (test/tools/import-score.mjs: plan import, then plan
 * build, compared with the hand annotations), as `npm run import:score` prints it.
 */
const score = (() => {
  const run = spawnSync(process.execPath, [join(root, 'test/tools/import-score.mjs'), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`import-score failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { totals: Record<string, Totals>; rows: { name: string; builds: boolean; problems: string[] }[] };
})();

describe('the import corpus (real plan documents annotated by hand)', () => {
  it('holds at least 30 real documents besides the Xietang variants', () => {
    expect(score.totals['real documents']?.documents).toBeGreaterThanOrEqual(30);
  });

  it('every document imports to a plan that builds', () => {
    expect(score.rows.filter((r) => !r.builds).map((r) => `${r.name}: ${r.problems.join('; ')}`)).toEqual([]);
  });

  it('scores no lower than the recorded floor on the real documents', () => {
    const floor = JSON.parse(readFileSync(join(corpusDir, 'score-floor.json'), 'utf8')) as Record<string, number>;
    const real = score.totals['real documents'] as Totals;
    for (const key of ['found', 'lead', 'support', 'due', 'phases'] as const) expect(Number(real[key]), key).toBeGreaterThanOrEqual(floor[key] as number);
  });

  // The Xietang document as text, typed and auto-numbered .docx, and a 分工表 as .docx and .xlsx.
  it('reads the Xietang plan the same from all five forms', () => {
    const xietang = score.totals['Xietang variants'] as Totals;
    expect(xietang.documents).toBe(5);
    expect([xietang.found, xietang.lead, xietang.support, xietang.due, xietang.phases, xietang.builds]).toEqual(['1.00', '1.00', '1.00', '1.00', '1.00', '5/5']);
  });

  it.each(documents)('%s: what import writes is already in plan fmt’s layout', (name) => {
    const source = readdirSync(join(corpusDir, name)).find((f) => f.startsWith('source.')) as string;
    const blocks = readDocument(readFileSync(join(corpusDir, name, source)), source);
    const expectedYear = /^year: (\d{4})/m.exec(repoFile(`test/fixtures/import/${name}/expected.yaml`))?.[1];
    let yaml: string;
    try {
      yaml = importPlanText(blocks, { schema: 's', source }).yaml;
    } catch {
      yaml = importPlanText(blocks, { year: Number(expectedYear ?? 2020), schema: 's', source }).yaml;
    }
    expect(formatPlan(yaml).changed).toBe(false);
  });
});
