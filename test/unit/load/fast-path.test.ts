import { describe, expect, it } from 'vitest';
import { fastParse } from '../../../src/load/fast-parse.js';
import { load, loadSlow } from '../../../src/load/load.js';
import { yamlFiles } from './yaml-files.js';

const files = yamlFiles();

// Scalars where YAML 1.1, js-yaml's CORE_SCHEMA and the `yaml` package's 1.2 core schema disagree.
const edgeCases = [
  'a: 2018-05-01\nb: 1_000\nc: 0b101\nd: 0o17\ne: 0x1F\nf: 012\ng: +.5\nh: 1e3\ni: .inf\nj: -.INF\nk: .NaN\nl: yes\nm: No\nn: ~\no: Null\np: TRUE\nq: 1.50\nr: -0\ns: 3.\nt: +12\n',
  'x:\ny: ""\nz: \'it\'\'s\'\nw: "tab\\tnew\\nline \\u4e2d"\n',
  '1: one\n0x10: hex\ntrue: t\nnull: n\n',
  'list:\n- a\n- b: 1\n  c: [1, 2, {d: e}]\nflow: {a: 1, b: [x, "y"]}\n',
  'folded: >\n  one\n  two\n\nliteral: |-\n  keep\n   this\nplain: multi\n  line\n  scalar\n',
  '# only a comment\nkey: value # trailing\n',
  'a: "2018-05-01"\nb: 10月至13月上旬\nc: 2018年5月1日—6月30日\n',
];

describe('fast path (js-yaml) and slow path (yaml) agree', () => {
  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of [...files, ...edgeCases.map((text, i) => ({ path: `edge-${i}.yaml`, text }))]) {
    it(`gives the same data for ${file.path}`, () => {
      const slow = loadSlow(file.path, file.text);
      const fast = fastParse(file.text);
      if (fast && slow.value) expect(fast.data).toEqual(slow.value.data);
      // The fast path must never accept what the slow path rejects or warns about.
      if (slow.diagnostics.length > 0) expect(fast).toBeUndefined();
    });
  }
  it('takes the fast path for the real plan', () => {
    const plan = files.find((f) => f.path.endsWith('xietang-2018.yaml'))!;
    expect(fastParse(plan.text)).toBeDefined();
  });
  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab', 'a:\tb\n'],
    ['an alias after a comma', 'a: [0,&x [1]]\nb: [0,*x]\n'],
    ['a null key', 'null: 1\n~: 2\n'],
  ])('declines %s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });
  it('reports duplicate keys with their position through load()', () => {
    const result = load({ path: 'dup.yaml', text: 'a: 1\nb: 2\na: 3\n' });
    expect(result.diagnostics.map((d) => [d.code, d.span!.start.line])).toEqual([['yaml-duplicate-key', 3]]);
  });
  it('builds the positioned document only when asked', () => {
    const result = load({ path: 'x.yaml', text: 'a: 1\n' });
    expect(result.value!.source.document.contents).not.toBeNull();
    expect(result.value!.source.document.toJS()).toEqual({ a: 1 });
  });
});
