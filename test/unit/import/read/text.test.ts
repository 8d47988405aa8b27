import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../src/import/blocks.js';
import { readCsv } from '../../../../src/import/read/csv.js';
import { decodeText } from '../../../../src/import/read/decode.js';
import { DecodeError, DocumentReadError } from '../../../../src/import/read/errors.js';
import { textToBlocks } from '../../../../src/import/read/text-blocks.js';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const cells = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

describe('decodeText', () => {
  // Generated once with iconv -t gbk: "关于印发实施方案的通知\r\n一、总体要求（2019年）\r\n".
  const GBK = 'b9d8d3dad3a1b7a2cab5caa9b7bdb0b8b5c4cda8d6aa0d0ad2bba1a2d7dccce5d2aac7f3a3a832303139c4eaa3a90d0a';

  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('一、总体要求①');
    expect(decodeText(utf8)).toBe('一、总体要求①');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('一、总体要求①');
  });

  it('reads GBK / GB18030 (Notepad’s ANSI on a Chinese Windows), including four-byte GB18030 characters', () => {
    expect(decodeText(hex('b7bdb0b8'))).toBe('方案');
    expect(decodeText(hex(GBK))).toBe('关于印发实施方案的通知\r\n一、总体要求（2019年）\r\n');
    // U+20000 is four bytes in GB18030 (95 32 82 36).
    expect(decodeText(hex('95328236b7bd'))).toBe('\u{20000}方');
  });

  it('reads UTF-16 LE and BE with a byte-order mark, and without one by the zero bytes', () => {
    expect(decodeText(hex('fffe4100b9652d4e8765'))).toBe('A方中文');
    expect(decodeText(hex('feff004165b94e2d6587'))).toBe('A方中文');
    // "方案 1\n" without a mark: the zeros of "1", " " and "\n" give the byte order away.
    expect(decodeText(hex('b96548682000310031000a00'))).toBe('方案 11\n');
    expect(decodeText(hex('65b96848002000310031000a'))).toBe('方案 11\n');
  });

  it('refuses binary formats by name, and says what it tried for undecodable bytes', () => {
    expect(() => decodeText(hex('d0cf11e0a1b11ae100000000'), '方案.doc')).toThrow(/方案\.doc is a Word 97–2003 document.*save it as \.docx or plain text/);
    expect(() => decodeText(hex('d0cf11e0a1b11ae100000000'), '分工.xls')).toThrow(/Excel 97–2003 workbook.*\.xlsx or CSV/);
    expect(() => decodeText(new TextEncoder().encode('%PDF-1.7\n'), 'a.pdf')).toThrow(/a\.pdf is a PDF file/);
    expect(() => decodeText(hex('89504e470d0a1a0a'))).toThrow(DocumentReadError);
    // Valid GB18030 byte pairs, but they decode to Latin and symbols, not Chinese: refused.
    const error = (() => {
      try {
        decodeText(hex('a8a4a8a6a8a8a8aaa8ac'), 'x.txt');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toMatch(/not UTF-8, not UTF-16.*not Chinese text in GB18030\/GBK/);
    expect(() => decodeText(hex('00ff00fe01ff0000fe'))).toThrow(DecodeError);
  });
});

describe('readCsv', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside cells; CRLF rows; blank rows dropped', () => {
    const table = readCsv('序号,任务,牵头单位\r\n1,"优化营商环境，简化审批, 提速","市发展改革委\r\n市财政局"\r\n\r\n2,"落实""放管服""改革",\r\n3,短行\r\n');
    expect(cells(table.rows)).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '优化营商环境，简化审批, 提速', '市发展改革委\n市财政局'],
      ['2', '落实"放管服"改革', ''],
      ['3', '短行', ''],
    ]);
    expect(table.rows[1]![0]).toEqual({ text: '1', colSpan: 1, mergedFromAbove: false });
  });

  it('reads tab-separated text, guessing the delimiter from the first line', () => {
    expect(cells(readCsv('任务\t单位\n"含,逗号"\t市委\n').rows)).toEqual([
      ['任务', '单位'],
      ['含,逗号', '市委'],
    ]);
    expect(cells(readCsv('a,b\tc\n', ',').rows)).toEqual([['a', 'b\tc']]);
  });
});

describe('textToBlocks', () => {
  it('gives one paragraph per non-blank line, trimmed, and drops a saved web copy’s source line', () => {
    expect(textToBlocks('source: https://www.gov.cn/a.html\n\n　　关于印发方案的通知  \r\n\r\n一、总体要求\n\t（一）指导思想')).toEqual([
      { kind: 'paragraph', text: '关于印发方案的通知' },
      { kind: 'paragraph', text: '一、总体要求' },
      { kind: 'paragraph', text: '（一）指导思想' },
    ]);
    expect(textToBlocks('正文\nsource: 不是第一行')).toHaveLength(2);
  });

  it('makes runs of two or more tab-separated lines one table, padding short rows', () => {
    const blocks = textToBlocks('附件\n序号\t任务\t单位\n1\t简化审批\t市发展改革委\n2\t落实\n说明一行');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cells((blocks[1] as TableBlock).rows)).toEqual([
      ['序号', '任务', '单位'],
      ['1', '简化审批', '市发展改革委'],
      ['2', '落实', ''],
    ]);
  });

  it('reads Markdown and bar-separated tables, drops the separator row, and leaves a single | in prose alone', () => {
    const blocks = textToBlocks('| 序号 | 任务 |\n|---|:---:|\n| 1 | 含\\|竖线 |\n\n甲 | 乙 | 丙\n丁 | 戊 | 己\n目标 | 任务\n另一行 | 也只有一个');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          [{ text: '序号', colSpan: 1, mergedFromAbove: false }, { text: '任务', colSpan: 1, mergedFromAbove: false }],
          [{ text: '1', colSpan: 1, mergedFromAbove: false }, { text: '含|竖线', colSpan: 1, mergedFromAbove: false }],
        ],
      },
      {
        kind: 'table',
        rows: [
          [{ text: '甲', colSpan: 1, mergedFromAbove: false }, { text: '乙', colSpan: 1, mergedFromAbove: false }, { text: '丙', colSpan: 1, mergedFromAbove: false }],
          [{ text: '丁', colSpan: 1, mergedFromAbove: false }, { text: '戊', colSpan: 1, mergedFromAbove: false }, { text: '己', colSpan: 1, mergedFromAbove: false }],
        ],
      },
      { kind: 'paragraph', text: '目标 | 任务' },
      { kind: 'paragraph', text: '另一行 | 也只有一个' },
    ]);
  });

  it('keeps a lone table-like line as a paragraph, and does not join tab rows with bar rows', () => {
    expect(textToBlocks('牵头单位\t市委\n正文')).toEqual([
      { kind: 'paragraph', text: '牵头单位\t市委' },
      { kind: 'paragraph', text: '正文' },
    ]);
    expect(textToBlocks('a\tb\n| c | d |').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
