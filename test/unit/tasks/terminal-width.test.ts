import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/diagnostics/errors.js';
import { terminalWidth } from '../../../src/tasks/terminal-width.js';

describe('terminalWidth', () => {
  it('takes --width first, then the terminal, then 80 for a file, a pipe or a terminal that reports no size', () => {
    expect(terminalWidth('100', { isTTY: true, columns: 60 }, 'en')).toBe(100);
    expect(terminalWidth(undefined, { isTTY: true, columns: 132 }, 'en')).toBe(132);
    expect(terminalWidth(undefined, { isTTY: false, columns: 132 }, 'en')).toBe(80);
    expect(terminalWidth(undefined, { isTTY: true, columns: 0 }, 'en')).toBe(80);
    expect(terminalWidth(undefined, { isTTY: true }, 'en')).toBe(80);
  });

  it('refuses a width below 20 or not a whole number', () => {
    expect(terminalWidth('20', {}, 'en')).toBe(20);
    for (const bad of ['19', '0', '-5', '8.5', '80px', '']) expect(() => terminalWidth(bad, {}, 'en')).toThrow(UsageError);
  });
});
