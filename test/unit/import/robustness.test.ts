import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { buildDraft, emitYaml, MissingYearError } from '../../../src/import/index.js';
import { readMarker } from '../../../src/import/outline.js';
import { documentParagraphs } from '../../../src/import/text.js';
import { corpus } from './helpers.js';

const DOCUMENTS = [
  'xietang-2018-jiefang-sixiang.txt',
  '01_caidian-2023-gzbg-zrfj.txt',
  '02_xialu-2023-zdrw-fenjie.txt',
  '03_lishan-2023-zdgz-fgfa.txt',
  '04_zhejiang-2014-daqi-bumen-fengong.txt',
  '05_yangling-2020-tongzhan-fenji-mubiao.txt',
  '06_fangxian-2023-yingshang-cuoshi.txt',
  '07_guofa-2020-6-bumen-fengong.txt',
  '08_chongqing-2004-zhuanxiang-xingdong-jieduan.txt',
];

/** Every string value in a parsed YAML tree. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Imports like the CLI; a document with no year is the one refusal allowed. */
function tryImport(text: string): string | undefined {
  try {
    return emitYaml(buildDraft(text), { schema: 's', source: 't' });
  } catch (error) {
    if (error instanceof MissingYearError) return undefined;
    throw error;
  }
}

describe('plan import: nothing is dropped, nothing crashes', () => {
  it.each(DOCUMENTS)('%s: every paragraph of the document is somewhere in the plan file', (name) => {
    const yaml = tryImport(corpus(name)) as string;
    const values = strings(parse(yaml));
    for (const paragraph of documentParagraphs(corpus(name))) {
      const text = readMarker(paragraph)?.text ?? paragraph;
      // A table row by its first cell, a field line (牵头单位:…) by its value, a heading without
      // its bracket (阶段(4月底至5月中旬) → title + when); elsewhere the opening words suffice.
      const field = /^(?:牵头单位|责任单位|配合单位)[::]([^,、]*)/.exec(text);
      const opening = field ? (field[1] as string) : text.includes('|') ? (text.split('|')[0] as string).trim() : text;
      const probe = (opening.split(/[((\[]/)[0] || opening).slice(0, 6);
      expect(values.some((v) => v.includes(probe)), `"${paragraph.slice(0, 30)}…" is missing`).toBe(true);
    }
  });

  it('excerpts cut anywhere import without a crash, to YAML that parses and compiles', () => {
    const texts = DOCUMENTS.map(corpus);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (which, at) => {
        const text = texts[which] as string;
        const yaml = tryImport(text.slice(0, Math.floor(text.length * at)));
        if (yaml === undefined) return;
        expect(() => parse(yaml)).not.toThrow();
        expect(() => compile({ path: 'x.yaml', text: yaml })).not.toThrow();
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('arbitrary text never crashes the importer', () => {
    const pieces = fc.constantFrom('一、', '(一)', '1.', '(1)', '(牵头单位:', '责任单位:', ')', '、', ',', '。', '2023年', '5月底前', '条线', '各', '|', '\n', '由', '牵头', '负责', '第三季度:', '(', '[');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const yaml = tryImport(parts.join(''));
        if (yaml !== undefined) expect(() => parse(yaml)).not.toThrow();
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
