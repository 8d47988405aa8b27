import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import stylish from '../../../src/report/formatters/stylish.js';

const span = (line: number) => ({ file: 'a.yaml', start: { line, column: 3 }, end: { line, column: 5 } });
const error: Diagnostic = { code: 'unknown-unit', stage: 'resolve', severity: 'error', path: [], message: '未知单位“x”。', span: span(2), related: [{ message: '首次使用于此', path: [], span: span(1) }] };
const warning: Diagnostic = { code: 'unit-used', stage: 'check', severity: 'warning', path: [], message: 'unused', span: span(3) };
const info: Diagnostic = { code: 'date-fuzzy', stage: 'resolve', severity: 'info', path: [], message: 'fuzzy', span: span(1) };
const context = (language?: 'en' | 'zh') => ({ cwd: '/', color: false, sources: new Map([['a.yaml', 'a: 1\nb: 2\nc: 3\n']]), files: ['a.yaml'], ...(language ? { language } : {}) });

describe('stylish formatter', () => {
  it('says severities and the summary in Chinese, keeping location, code and frame', () => {
    const out = stylish([info, error, warning], context('zh'));
    expect(out).toContain('a.yaml:2:3  错误  未知单位“x”。  unknown-unit\n');
    expect(out).toContain('a.yaml:3:3  警告  unused  unit-used\n');
    expect(out).toContain('a.yaml:1:3  提示  fuzzy  date-fuzzy\n');
    expect(out).toContain('  首次使用于此:a.yaml:1:3\n');
    expect(out).toContain('> 2 | b: 2\n');
    expect(out.endsWith('\n✖ 共 3 个问题(1 个错误,1 个警告,1 条提示)\n')).toBe(true);
  });

  it('says them in English by default, with plurals', () => {
    expect(stylish([error], context()).endsWith('\n✖ 1 problem (1 error, 0 warnings)\n')).toBe(true);
    const out = stylish([error, warning, info], context('en'));
    expect(out).toContain('a.yaml:2:3  error  未知单位“x”。  unknown-unit\n');
    expect(out).toContain('  首次使用于此: a.yaml:1:3\n');
    expect(out.endsWith('\n✖ 3 problems (1 error, 1 warning, 1 info)\n')).toBe(true);
  });

  it('prints nothing for a clean run', () => {
    expect(stylish([], context('zh'))).toBe('');
  });
});
