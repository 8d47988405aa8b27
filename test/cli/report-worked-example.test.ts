// The worked example end to end: `plan report plans/xietang-2018.yaml --as-of DAY --format json`
// (the progress found beside the plan, plans/xietang-2018.progress/) against the counts worked out
// by hand in test/fixtures/progress/xietang-worked-example.md (.expected.json holds them).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { handCounts, WORKED_DAYS } from '../helpers/worked-example.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
interface Counts {
  total: number; done: number; onTrack: number; behind: number; overdue: number; paused: number; cancelled: number; silent: number; doneLate: number;
}
interface Task { id: string; daysOverdue: number | null; daysLate: number | null; silentDays: number | null; dueIn: number | null }

const row = (c: Counts): number[] => [c.total, c.done, c.onTrack, c.behind, c.overdue, c.paused, c.cancelled, c.silent, c.doneLate];

describe('plan report on the worked example', () => {
  for (const day of WORKED_DAYS) {
    it(`reports the hand-counted figures as of ${day}, the entries after it not counted and not errors`, async () => {
      // Today is after every entry (a clock in 2026): the report looks back.
      const io = memoryIo(root, {});
      const code = await run(['report', 'plans/xietang-2018.yaml', '--as-of', day, '--format', 'json'], { ...io, now: () => new Date('2026-12-02T03:00:00Z') });
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(io.out());
      const want = handCounts(day);
      expect(report.asOf).toBe(day);
      expect(row(report.totals)).toEqual(want.totals);
      expect(Object.fromEntries(report.phases.map((p: { phase: string | null; kind: string; counts: Counts }) => [p.kind === 'measures' ? 'measures' : p.phase, row(p.counts)]))).toEqual(want.phases);
      expect(Object.fromEntries(report.units.map((u: { name: string; counts: Counts }) => [u.name, row(u.counts)]))).toEqual(want.units);
      expect(Object.fromEntries(report.overdue.map((u: { unit: string; tasks: Task[] }) => [u.unit, u.tasks.map((t) => [t.id, t.daysOverdue])]))).toEqual(want.overdue);
      expect(report.finishedLate.map((t: Task) => [t.id, t.daysLate])).toEqual(want.finishedLate);
      expect(report.silent.map((t: Task) => [t.id, t.silentDays])).toEqual(want.silent);
      expect(report.dueSoon.map((t: Task) => [t.id, t.dueIn])).toEqual(want.dueSoon);
    });
  }

  it('still refuses an entry dated after today (a mistyped year)', async () => {
    const io = memoryIo(root, {});
    const code = await run(['report', 'plans/xietang-2018.yaml', '--as-of', '2018-09-30'], { ...io, now: () => new Date('2018-10-01T03:00:00Z') });
    expect(code).toBe(1);
    expect(io.err()).toContain('progress-after-as-of');
    expect(io.out()).toBe('');
  });
});
