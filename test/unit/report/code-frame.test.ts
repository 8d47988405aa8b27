import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../../src/report/code-frame.js';

describe('codeFrame', () => {
  it('puts the caret under CJK text measured in terminal cells', () => {
    const text = 'a: 1\n    when: 10月至13月上旬\nb: 2';
    const frame = codeFrame(text, { file: 'x', start: { line: 2, column: 15 }, end: { line: 2, column: 18 } });
    const lines = frame.split('\n');
    expect(lines[1]).toBe('> 2 |     when: 10月至13月上旬');
    // 'when: 10月至' is 4 spaces + 6 + 2 digits + 2 wide chars = 16 cells; '13月' is 4 cells.
    expect(lines[2]).toBe(`    | ${' '.repeat(16)}^^^^`);
  });
});
