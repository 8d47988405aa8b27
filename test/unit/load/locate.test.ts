import { describe, expect, it } from 'vitest';
import { load } from '../../../src/load/load.js';
import { locate } from '../../../src/load/locate.js';

const text = [
  'plan:',
  '  id: demo',
  '  title: "示例"',
  'phases:',
  '  - id: p1',
  '    when: 10月至13月上旬',
  '    tasks:',
  '      - { id: t1, titel: 召开会议, lead: 党政条线 }',
  '',
].join('\n');

function source() {
  const loaded = load({ path: 'x.yaml', text });
  expect(loaded.diagnostics).toEqual([]);
  return loaded.value!.source;
}

describe('locate', () => {
  it('points at a value node', () => {
    expect(locate(source(), ['phases', 0, 'when']).start).toEqual({ line: 6, column: 11 });
  });
  it('points at the key for unknown keys', () => {
    expect(locate(source(), ['phases', 0, 'tasks', 0, 'titel'], { atKey: true }).start).toEqual({ line: 8, column: 19 });
  });
  it('falls back to the closest ancestor for missing paths', () => {
    expect(locate(source(), ['phases', 0, 'tasks', 0, 'due']).start).toEqual({ line: 8, column: 9 });
  });
  it('narrows to a part of a scalar, counting code points', () => {
    const span = locate(source(), ['phases', 0, 'when'], { valueRange: { offset: 4, length: 3 } });
    expect(span.start).toEqual({ line: 6, column: 15 });
    expect(span.end).toEqual({ line: 6, column: 18 });
  });
  it('skips the opening quote of a quoted scalar', () => {
    expect(locate(source(), ['plan', 'title'], { valueRange: { offset: 1, length: 1 } }).start).toEqual({ line: 3, column: 12 });
  });
  it('counts an astral character as one column', () => {
    const loaded = load({ path: 'y.yaml', text: 'a: "😀x"\nb: 1\n' });
    expect(locate(loaded.value!.source, ['a'], { valueRange: { offset: 2, length: 1 } }).start).toEqual({ line: 1, column: 6 });
  });
});

describe('load', () => {
  it('reports a syntax error with line and column and no value', () => {
    const result = load({ path: 'bad.yaml', text: 'plan:\n  id: [unclosed\n' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]!.code).toBe('yaml-syntax');
    expect(result.diagnostics[0]!.span!.start.line).toBeGreaterThanOrEqual(2);
  });
  it('reports duplicate keys', () => {
    const result = load({ path: 'dup.yaml', text: 'a: 1\na: 2\n' });
    expect(result.diagnostics.map((d) => [d.code, d.span!.start.line])).toEqual([['yaml-duplicate-key', 2]]);
  });
  it('defuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    const result = load({ path: 'bomb.yaml', text: bomb }, { maxBytes: 1e6, maxAliasCount: 100 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]!.code).toBe('yaml-limit');
  });
  it('drops a BOM so line 1 columns stay right', () => {
    const result = load({ path: 'bom.yaml', text: '\uFEFFa: 1\n' });
    expect(result.value!.data).toEqual({ a: 1 });
  });
  it('rejects NUL bytes and invalid UTF-8 with a position', () => {
    expect(load({ path: 'n.yaml', text: 'a: 1\nb: x\0y\n' }).diagnostics[0]).toMatchObject({ code: 'encoding-invalid', span: { start: { line: 2, column: 5 } } });
    expect(load({ path: 'u.yaml', text: 'a: \uFFFD\n' }).diagnostics[0]!.code).toBe('encoding-invalid');
  });
});
