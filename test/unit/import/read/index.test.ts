import { describe, expect, it } from 'vitest';
import { say } from '../../../../src/i18n/words.js';
import { readDocument } from '../../../../src/import/read/index.js';
import { DocumentReadError } from '../../../../src/import/read/errors.js';
import { strToU8, zipSync } from 'fflate';
import { makeDocx, makeXlsx, p } from './office-files.js';

describe('readDocument', () => {
  it('chooses the reader by content, whatever the name says', () => {
    const docx = makeDocx({ body: p('一、总体要求') });
    expect(readDocument(docx, '方案.docx')).toEqual([{ kind: 'paragraph', text: '一、总体要求' }]);
    expect(readDocument(docx, '改了名字.txt')).toEqual([{ kind: 'paragraph', text: '一、总体要求' }]);
    const xlsx = makeXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>任务</t></is></c></row>' }]);
    expect(readDocument(xlsx, '分工表.xlsx')).toEqual([{ kind: 'table', rows: [[{ text: '任务', colSpan: 1, mergedFromAbove: false }]] }]);
  });

  it('reads .csv and .tsv by extension and anything else as text', () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    expect(readDocument(utf8('a,b\n1,2\n'), 'x.csv')).toEqual([{ kind: 'table', rows: [['a', 'b'], ['1', '2']].map((r) => r.map((text) => ({ text, colSpan: 1, mergedFromAbove: false }))) }]);
    expect(readDocument(utf8('a,b\tc\n'), 'x.tsv')).toEqual([{ kind: 'table', rows: [['a,b', 'c'].map((text) => ({ text, colSpan: 1, mergedFromAbove: false }))] }]);
    expect(readDocument(utf8(''), 'empty.csv')).toEqual([]);
    expect(readDocument(Uint8Array.from([0xb7, 0xbd, 0xb0, 0xb8]), '方案.txt')).toEqual([{ kind: 'paragraph', text: '方案' }]);
  });

  it('says what is wrong with files it cannot read', () => {
    expect(() => readDocument(strToU8('plain text'), 'renamed.docx')).toThrow(/renamed\.docx is not a readable \.docx file/);
    expect(() => readDocument(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.docx')).toThrow(/Word 97–2003/);
    expect(() => readDocument(zipSync({ 'content.xml': strToU8('<x/>'), mimetype: strToU8('application/vnd.oasis.opendocument.text') }), 'a.odt')).toThrow(/OpenDocument/);
    expect(() => readDocument(zipSync({ 'word/document.xml': strToU8('<w:document>') }), 'bad.docx')).toThrow(/bad\.docx: not a readable \.docx/);
    const truncated = makeDocx({ body: p('x') }).slice(0, 60);
    expect(() => readDocument(truncated, 'cut.docx')).toThrow(DocumentReadError);
  });

  it('keeps its words for the CLI to say in the run’s language', () => {
    const chinese = (bytes: Uint8Array, name: string): string => {
      try {
        readDocument(bytes, name);
      } catch (error) {
        if (error instanceof DocumentReadError) return say('zh', error.words);
      }
      throw new Error(`${name} was read`);
    };
    expect(chinese(strToU8('plain text'), 'renamed.xlsx')).toBe('renamed.xlsx 不是能读的 .xlsx 文件(它不是 zip 压缩包);请用 Word、Excel 或 WPS 打开后重新保存');
    expect(chinese(zipSync({ 'ppt/presentation.xml': strToU8('<x/>') }), 'a.pptx')).toBe('a.pptx 是 PowerPoint 演示文稿:请另存为 .docx、.xlsx 或纯文本文件');
    expect(chinese(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'empty.docx')).toBe('empty.docx:不是能读的 .docx 文件:文档没有正文');
    expect(chinese(new TextEncoder().encode('%PDF-1.7\n'), '')).toBe('该文件 是 PDF 文件,plan 无法读取:请另存为 .docx 或纯文本文件后再导入');
  });
});
