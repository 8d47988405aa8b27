import { describe, expect, it } from 'vitest';
import { allTasks, corpus } from './helpers.js';
import { importPlanText } from '../../../src/import/index.js';

const text = corpus('xietang-2018-jiefang-sixiang.txt');
const FORUMS = '在8月~10月期间举办3期“解放思想大讨论”论坛';

/** The forum task's session count when its text says `written`期 instead of 3期. */
function sessions(written: string): number | undefined {
  expect(text).toContain(FORUMS);
  const { draft } = importPlanText(text.replace(FORUMS, FORUMS.replace('3期', `${written}期`)), { schema: 'plan.schema.json', source: 'test' });
  return allTasks(draft).find((t) => t.when === '在8月~10月期间')?.sessions;
}

// Session counts are read with the date parser's numerals (src/dates/numerals.ts), not a table of their own.
describe('plan import reads N期 in digits or Chinese numerals', () => {
  it.each([
    ['3', 3],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
  ])('%s期 → %i sessions', (written, count) => {
    expect(sessions(written)).toBe(count);
  });

  it('leaves a run that is no number unset', () => {
    expect(sessions('二三十')).toBeUndefined();
  });
});
