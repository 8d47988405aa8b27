import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/text/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['title', 'title', 0],
    ['title', 'titel', 1], // a swap of neighbours is one edit
    ['lead', 'leads', 1],
    ['上询', '上旬', 1], // one hanzi is one edit
    ['𠀀年', '年', 1], // code points, not UTF-16 units
    ['宣传', '宣传条线', 2],
    ['abc', 'xyz', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
