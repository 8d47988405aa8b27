/**
 * The six states a unit reports, as a progress file may write them: the Chinese words offices use
 * and their English ids. A data table (words plan READS), not user-facing text: labels for output
 * come from the catalogue (`progress.state.<id>`).
 */
export const PROGRESS_STATES = ['not-started', 'in-progress', 'done', 'behind', 'paused', 'cancelled'] as const;

export type ProgressState = (typeof PROGRESS_STATES)[number];

const CHINESE_STATES: Readonly<Record<string, ProgressState>> = {
  未启动: 'not-started',
  推进中: 'in-progress',
  已完成: 'done',
  滞后: 'behind',
  暂缓: 'paused',
  取消: 'cancelled',
};

/** The state a progress file's `state:` names (Chinese or English), or undefined. */
export function readState(word: string): ProgressState | undefined {
  const trimmed = word.trim();
  if ((PROGRESS_STATES as readonly string[]).includes(trimmed)) return trimmed as ProgressState;
  return CHINESE_STATES[trimmed];
}

/** The Chinese word a progress file writes for a state (what `plan progress` appends). */
export function chineseState(state: ProgressState): string {
  return Object.keys(CHINESE_STATES).find((word) => CHINESE_STATES[word] === state)!;
}

/** States after which a task needs no more work: it is not late, not due, not silent. */
export function isClosed(state: ProgressState): boolean {
  return state === 'done' || state === 'cancelled';
}
