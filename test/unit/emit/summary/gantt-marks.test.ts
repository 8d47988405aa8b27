import { describe, expect, it } from 'vitest';
import { MARK_GAP, spreadMarks } from '../../../../src/emit/summary/gantt.js';

describe('event marks on a timeline row', () => {
  it('leaves marks that do not touch where they are', () => {
    expect(spreadMarks([300, 400, 500], 250, 712)).toEqual([300, 400, 500]);
  });

  it('moves two close marks apart around their middle', () => {
    // 12月18日 and 12月20日 on the Xietang scale.
    const [a = 0, b = 0] = spreadMarks([690.1, 693.9], 250, 712);
    expect(b - a).toBeCloseTo(MARK_GAP, 5);
    expect((a + b) / 2).toBeCloseTo(692, 5);
  });

  it('keeps two events on one day as two marks', () => {
    const [a = 0, b = 0] = spreadMarks([400, 400], 250, 712);
    expect(b - a).toBeCloseTo(MARK_GAP, 5);
  });

  it('spreads a run of many close marks and keeps it inside the chart', () => {
    const xs = spreadMarks([708, 709, 710, 711, 711.5], 254, 708);
    expect(xs).toHaveLength(5);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(MARK_GAP - 0.05);
    expect(Math.max(...xs)).toBeLessThanOrEqual(708);
  });

  it('does not let a spread run run into the next one', () => {
    const xs = spreadMarks([300, 302, 304, 318], 250, 712);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(MARK_GAP - 0.05);
  });
});
