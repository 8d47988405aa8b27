import { describe, expect, it } from 'vitest';
import { firstInstance, rruleWithUntil } from '../../../../src/emit/ics/rrule.js';

describe('rruleWithUntil', () => {
  it('adds UNTIL as a DATE from the task end', () => {
    expect(rruleWithUntil('FREQ=MONTHLY;BYMONTHDAY=28', '2018-12-31')).toBe('FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20181231');
    expect(rruleWithUntil('RRULE:FREQ=WEEKLY', '2018-12-31')).toBe('FREQ=WEEKLY;UNTIL=20181231');
  });
  it('keeps a rule that bounds itself', () => {
    expect(rruleWithUntil('FREQ=WEEKLY;COUNT=4', '2018-12-31')).toBe('FREQ=WEEKLY;COUNT=4');
    expect(rruleWithUntil('FREQ=WEEKLY;UNTIL=20181001', '2018-12-31')).toBe('FREQ=WEEKLY;UNTIL=20181001');
  });
});

describe('firstInstance (DTSTART must itself be an instance)', () => {
  it('finds the first matching day of month', () => {
    expect(firstInstance('FREQ=MONTHLY;BYMONTHDAY=28', '2018-06-01', '2018-12-31')).toBe('2018-06-28');
    expect(firstInstance('FREQ=MONTHLY;BYMONTHDAY=28', '2018-06-28', '2018-12-31')).toBe('2018-06-28');
    expect(firstInstance('FREQ=MONTHLY;BYMONTHDAY=-1', '2018-02-03', '2018-12-31')).toBe('2018-02-28');
  });
  it('finds weekdays, with and without ordinals', () => {
    expect(firstInstance('FREQ=WEEKLY;BYDAY=MO', '2018-05-02', '2018-12-31')).toBe('2018-05-07');
    expect(firstInstance('FREQ=WEEKLY;BYDAY=TU,FR', '2018-05-02', '2018-12-31')).toBe('2018-05-04');
    expect(firstInstance('FREQ=MONTHLY;BYDAY=1MO', '2018-05-02', '2018-12-31')).toBe('2018-05-07'); // 1 May 2018 was a Tuesday
    expect(firstInstance('FREQ=MONTHLY;BYDAY=1MO', '2018-05-08', '2018-12-31')).toBe('2018-06-04');
    expect(firstInstance('FREQ=MONTHLY;BYDAY=-1FR', '2018-05-02', '2018-12-31')).toBe('2018-05-25');
  });
  it('finds quarter and year rules', () => {
    expect(firstInstance('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '2018-04-01', '2018-12-31')).toBe('2018-06-30');
  });
  it('keeps the start for rules anchored on it or that it cannot read', () => {
    expect(firstInstance('FREQ=MONTHLY', '2018-06-05', '2018-12-31')).toBe('2018-06-05');
    expect(firstInstance('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1', '2018-06-05', '2018-12-31')).toBe('2018-06-05');
    expect(firstInstance('FREQ=WEEKLY;BYDAY=2MO', '2018-06-05', '2018-12-31')).toBe('2018-06-05');
    expect(firstInstance('FREQ=MONTHLY;BYMONTHDAY=31', '2018-06-01', '2018-06-30')).toBe('2018-06-01');
  });
});
