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

describe('codeFrame on a very long line', () => {
  it('shows a window around the caret, not the whole line', () => {
    const text = `a: ${'['.repeat(5000)}x${']'.repeat(5000)}`;
    const column = 5004; // the x
    const lines = codeFrame(text, { file: 'x', start: { line: 1, column }, end: { line: 1, column: column + 1 } }).split('\n');
    expect(lines[0]!.length).toBeLessThan(120);
    expect(lines[0]).toMatch(/^> 1 \| …\[+x\]+…$/);
    const caret = lines[1]!.indexOf('^');
    expect(lines[0]![caret]).toBe('x');
  });
});
