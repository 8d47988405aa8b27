import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Xietang worked example's report as counted by hand (test/fixtures/progress/
 * xietang-worked-example.md), by day. Counts: [total, done, on-track, behind, overdue, paused,
 * cancelled, silent, done-late]; lists: [task id, days].
 */
export interface HandCounts {
  readonly totals: number[];
  readonly phases: Record<string, number[]>;
  readonly units: Record<string, number[]>;
  readonly overdue: Record<string, [string, number][]>;
  readonly finishedLate: [string, number][];
  readonly silent: [string, number][];
  readonly dueSoon: [string, number][];
}

const file = fileURLToPath(new URL('../fixtures/progress/xietang-worked-example.expected.json', import.meta.url));

export function handCounts(day: '2018-09-30' | '2018-12-31'): HandCounts {
  const { '//': _, ...counts } = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, HandCounts & { '//'?: string }>)[day]!;
  return counts;
}

export const WORKED_DAYS = ['2018-09-30', '2018-12-31'] as const;
