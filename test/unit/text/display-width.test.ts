import { describe, expect, it } from 'vitest';
import { longestLineWidth } from '../../../src/emit/unit-lists/sheet-layout.js';
import { textTable } from '../../../src/emit/unit-lists/text-table.js';
import { codeFrame } from '../../../src/report/code-frame.js';
import { codePointWidth, displayWidth } from '../../../src/text/display-width.js';

const cases: [string, string, number][] = [
  ['plain ASCII', 'plan lint', 9],
  ['CJK ideographs', '宣传条线', 8],
  ['an ideograph outside the BMP', '𠀀', 2],
  ['full-width punctuation', '，。：；（）【】“', 17],
  ['the ideographic space and 〈〉', '\u3000〈〉', 6],
  ['full-width Latin', 'ＡＢＣ１', 8],
  ['half-width katakana stay narrow', 'ｱｲ', 2],
  ['kana and hangul', 'かな한국', 8],
  ['emoji', '😀🚀✅⌚', 8],
  ['text-style symbols', '★→…', 3],
  ['combining marks', 'e\u0301a\u0308', 2],
  ['zero-width space, joiner and BOM', 'a\u200b\u200d\ufeffb', 2],
  ['controls', 'a\u0007\u009bb', 2],
  ['mixed', '5月底前完成 (deadline)', 22],
];

describe('displayWidth', () => {
  it.each(cases)('%s', (_, text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });

  it('counts a code point, not a UTF-16 unit', () => {
    expect(codePointWidth('😀'.codePointAt(0)!)).toBe(2);
    expect(displayWidth('😀')).toBe(2);
  });
});

// The three places that measure text used to have a width table each, and they disagreed (🚀
// was one cell in the tasks table and two in a code frame; combining marks the other way round).
describe('every user of the width agrees', () => {
  it.each(cases.filter(([, text]) => !/\p{Cc}/u.test(text)))('%s: .xlsx columns', (_, text, cells) => {
    expect(longestLineWidth(`x\n${text}\ny`)).toBe(cells);
  });

  it.each(cases.filter(([, text]) => !/\p{Cc}/u.test(text)))('%s: the tasks table pads to the same column', (_, text) => {
    const lines = textTable([
      ['h', 'next'],
      [text, 'X'],
      ['a', 'Y'],
    ]).split('\n');
    expect(displayWidth(lines[2]!.slice(0, lines[2]!.indexOf('X')))).toBe(displayWidth(lines[3]!.slice(0, lines[3]!.indexOf('Y'))));
  });

  it.each(cases.filter(([, text]) => !/\p{Cc}/u.test(text)))('%s: the caret of a code frame stands under the character after it', (_, text) => {
    const line = `${text}X`;
    const column = [...text].length + 1;
    const frame = codeFrame(line, { file: 'plan.yaml', start: { line: 1, column }, end: { line: 1, column: column + 1 } });
    const [source, caret] = frame.split('\n');
    expect(displayWidth(caret!.slice(0, caret!.indexOf('^')))).toBe(displayWidth(source!.slice(0, source!.lastIndexOf('X'))));
  });
});
