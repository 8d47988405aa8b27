import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { handCounts, WORKED_DAYS, type HandCounts } from '../../helpers/worked-example.js';
import { progressReport, type ProgressReport, type StandingCounts } from '../../../src/progress/report-model.js';

// The Xietang plan followed through 2018 (plans/xietang-2018.progress/, written by hand), against
// counts worked out by hand (test/fixtures/progress/xietang-worked-example.md and .expected.json).
const ROOT = join(import.meta.dirname, '../../..');
const folder = join(ROOT, 'plans/xietang-2018.progress');
const progress = readdirSync(folder)
  .sort()
  .map((name) => ({ path: `plans/xietang-2018.progress/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
const compiled = compile({ path: 'plans/xietang-2018.yaml', text: readFileSync(join(ROOT, 'plans/xietang-2018.yaml'), 'utf8') }, { progress });
const row = (c: StandingCounts): number[] => [c.total, c.done, c['on-track'], c.behind, c.overdue, c.paused, c.cancelled, c.silent, c['done-late']];

function facts(report: ProgressReport): HandCounts {
  return {
    totals: row(report.totals),
    phases: Object.fromEntries(report.phases.map((p) => [p.key.split('/')[1]!, row(p.counts)])),
    units: Object.fromEntries(report.units.map((u) => [u.name, row(u.counts)])),
    overdue: Object.fromEntries(report.overdueByUnit.map((u) => [u.name, u.items.map((i) => [i.task.id, i.daysOverdue!] as [string, number])])),
    finishedLate: report.finishedLate.map((i) => [i.task.id, i.daysLate!]),
    silent: report.silent.map((i) => [i.task.id, i.silentDays!]),
    dueSoon: report.dueSoon.map((i) => [i.task.id, i.dueIn!]),
  };
}

describe('the Xietang worked example', () => {
  it('loads every unit file of plans/xietang-2018.progress without a problem', () => {
    expect(compiled.diagnostics.filter((d) => d.span?.file.includes('.progress'))).toEqual([]);
    // 13 + 9 + 4 + 16 + 6 entries in the five unit files
    expect(compiled.progress?.entries.length).toBe(48);
  });

  for (const day of WORKED_DAYS) {
    it(`gives the hand-counted report as of ${day}`, () => {
      const report = progressReport([{ plan: compiled.plan!, log: compiled.progress! }], { asOf: day });
      expect(facts(report)).toEqual(handCounts(day));
    });
  }
});
