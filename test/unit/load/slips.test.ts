import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { stageCodes } from '../../../src/diagnostics/codes.js';
import { load } from '../../../src/load/load.js';
import { findSlips, maySlip, placeKeys } from '../../../src/load/slips/index.js';
import { paths } from '../../../src/paths.js';
import { readMarkers } from '../../helpers/markers.js';
import { yamlFiles } from './yaml-files.js';

const dir = new URL('../../fixtures/slips/', import.meta.url);
const fixtures = readdirSync(dir).map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
const CJK = /[\u3400-\u9fff]/;
/** Three English words in a row: a sentence left untranslated. */
const ENGLISH_WORDS = /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/;

describe('typing slips: one fixture a slip, each marked diagnostic exactly, in both languages', () => {
  it('has a fixture for every slip code', () => {
    const codes = Object.keys(stageCodes).filter((code) => findSlipsCode(code));
    expect(fixtures.map((f) => f.name.replace(/\.yaml$/, '')).sort()).toEqual(codes.sort());
  });

  for (const { name, text } of fixtures) {
    it(name, () => {
      const expected = readMarkers(text).map((e) => `${e.code}@${e.line}:${e.column}`);
      expect(expected.length).toBeGreaterThan(0);
      const zh = compile({ path: name, text }, { language: 'zh' }).diagnostics;
      const en = compile({ path: name, text }, { language: 'en' }).diagnostics;
      expect(zh.map((d) => `${d.code}@${d.span!.start.line}:${d.span!.start.column}`).sort()).toEqual(expected.sort());
      expect(en.map((d) => [d.code, d.span])).toEqual(zh.map((d) => [d.code, d.span]));
      for (const d of zh) {
        expect(d.message, d.code).toMatch(CJK);
        expect(d.message, d.code).not.toMatch(ENGLISH_WORDS);
      }
      for (const d of en) expect(d.message, d.code).toMatch(ENGLISH_WORDS);
    });
  }
});

function findSlipsCode(code: string): boolean {
  return code.startsWith('yaml-') && !['yaml-syntax', 'yaml-duplicate-key', 'yaml-warning', 'yaml-limit'].includes(code);
}

describe('the scanner', () => {
  it('finds nothing in any other plan or fixture (quotes, block scalars and comments are text)', () => {
    const others = yamlFiles().filter((f) => !f.path.includes('slips'));
    expect(others.length).toBeGreaterThan(10);
    expect(others.flatMap((f) => findSlips(f.text).map((s) => `${f.path}: ${s.code}`))).toEqual([]);
  });

  it.each([
    ['a full-width colon in a title', 'plan:\n  title: 会议：第一次\n  id: x\n'],
    ['a full-width colon in a list of text', 'todo:\n  - 注意：核实日期\n  - 时间：待定\n'],
    ['slips inside a block scalar', 'plan:\n  detail: |\n    标题：会议\n    \t— 第一条\n    　　正文\n  id: x\n'],
    ['a block scalar as a list item', 'plan:\n  todo:\n    - |\n      时间：待定\n    - >\n      标题：x\n'],
    ['slips inside comments', '# 标题：会议\nplan:\n  id: x # title：会议\n#\ttab\n'],
    ['a quoted value over two lines', 'plan:\n  title: "关于会议\n    第二行"\n  id: x\n'],
    ['slips inside quotes and flow collections', 'plan: { id: x, title: "a：b" }\nunits:\n  a: \'title：x\'\n  b: [a：b, "c"]\n'],
    ['document markers and times', '---\nplan:\n  title: 方案\n---\nat: 9:30\nurl: http://x\n'],
    ['dashes in text', 'plan:\n  title: 方案——第一版\n  todo:\n    - ——第一条\n    - — 第二条\n'],
  ])('leaves alone %s', (_, text) => {
    expect(findSlips(text)).toEqual([]);
  });

  it('points at the opening quote of a string that runs over the next keys, not the end of the file', () => {
    const [d] = load({ path: 'p.yaml', text: 'plan:\n  title: "关于会议\n  id: x\nunits: {}\n' }, undefined, 'zh').diagnostics;
    expect([d!.code, d!.span!.start]).toEqual(['yaml-unclosed-quote', { line: 2, column: 10 }]);
  });

  it('finds a Chinese key that lost its colon among keys, but not a sentence in a list', () => {
    expect(findSlips('plan:\n  id: x\n  标题 会议\n').map((s) => s.code)).toEqual(['yaml-missing-colon']);
    expect(findSlips('todo:\n  - 时间 待定\n  - 标题 再议\n')).toEqual([]);
  });

  it('names the slip instead of the parser where the YAML does not parse', () => {
    const text = 'plan:\n  id: x\n  title：会议\n';
    expect(parseDocument(text).errors.length).toBeGreaterThan(0);
    expect(load({ path: 'p.yaml', text }).diagnostics.map((d) => d.code)).toEqual(['yaml-fullwidth-colon']);
  });

  it('is reached by the quick look whenever a slip parses (else the slip would go unseen)', () => {
    for (const { name, text } of fixtures) {
      const parses = parseDocument(text).errors.length === 0;
      if (parses && findSlips(text).length > 0) expect(maySlip(text), name).toBe(true);
    }
    expect(maySlip(readFileSync('plans/xietang-2018.yaml', 'utf8'))).toBe(false);
  });
});

describe('the places whose keys the schema fixes', () => {
  it('list exactly the schema’s keys', () => {
    const schema = JSON.parse(readFileSync(paths.planSchema, 'utf8')) as { properties: Record<string, { properties?: object }>; $defs: Record<string, { properties?: object; anyOf?: { properties?: object }[] }> };
    const keysOf = (s: { properties?: object; anyOf?: { properties?: object }[] } | undefined) => Object.keys(s?.properties ?? s?.anyOf?.find((x) => x.properties)?.properties ?? {});
    expect({
      root: Object.keys(schema.properties),
      plan: keysOf(schema.properties.plan),
      unit: keysOf(schema.$defs.unit),
      phase: keysOf(schema.$defs.phase),
      task: keysOf(schema.$defs.task),
      event: keysOf(schema.$defs.event),
      measure: keysOf(schema.$defs.measure),
      calendar: keysOf(schema.properties.calendar),
      calendarDay: keysOf(schema.$defs.calendarDay),
    }).toEqual(placeKeys);
  });
});
