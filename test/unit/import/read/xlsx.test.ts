import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../src/import/read/xlsx.js';
import { classifyFormat, numberText } from '../../../../src/import/read/xlsx-values.js';
import { makeXlsx } from './office-files.js';

const cell = (text: string, colSpan = 1, mergedFromAbove = false) => ({ text, colSpan, mergedFromAbove });
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

describe('readXlsx', () => {
  // cellXfs: 0 General, 1 built-in date (14), 2 custom yyyy"年"m"月"d"日" (176), 3 percent (9), 4 custom 0.00 (177), 5 year-month (178).
  const styles =
    '<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="0.00_ "/><numFmt numFmtId="178" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
    '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="9"/><xf numFmtId="177"/><xf numFmtId="178"/></cellXfs>';

  it('reads shared strings, inline strings, numbers and date-formatted serial numbers', () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="2"><v>43646</v></c><c r="D2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>' +
      '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="str"><f>A1</f><v>公式结果</v></c><c r="C3" s="1"><v>43830</v></c><c r="D3" s="3"><v>0.85</v></c></row>' +
      '<row r="4"><c r="A4"><v>0.30000000000000004</v></c><c r="B4" s="4"><v>43646</v></c><c r="C4" s="5"><v>43646</v></c><c r="D4" t="b"><v>1</v></c></row>';
    const [table] = readXlsx(makeXlsx([{ name: '任务分工', rows }], { sharedStrings: ['序号', '重点任务', '完成时限', '<r><t>简化</t></r><r><t>审批</t></r><rPh sb="0" eb="2"><t>かんか</t></rPh>'], styles }));
    expect(texts(table!.rows)).toEqual([
      ['序号', '重点任务', '完成时限', '备注'],
      ['1', '简化审批', '2019年6月30日', '富文本'],
      ['2', '公式结果', '2019年12月31日', '85%'],
      // A plain number is not a date even when it could be one; a year-month format shows no day.
      ['0.3', '43646', '2019年6月', 'TRUE'],
    ]);
  });

  it('turns merged ranges into colSpan across and mergedFromAbove down, with the anchor’s text', () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>重点任务分工表</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>序号</t></is></c><c r="B2" t="inlineStr"><is><t>任务</t></is></c><c r="C2" t="inlineStr"><is><t>责任单位</t></is></c></row>' +
      '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>优化营商环境</t></is></c><c r="C3" t="inlineStr"><is><t>市发展改革委</t></is></c><c r="D3" t="inlineStr"><is><t>2019年</t></is></c></row>' +
      '<row r="4"><c r="A4"><v>2</v></c><c r="C4" t="inlineStr"><is><t>市财政局</t></is></c></row>' +
      '<row r="6"><c r="A6"><v>3</v></c><c r="B6" t="inlineStr"><is><t>新任务</t></is></c></row>';
    const [table] = readXlsx(makeXlsx([{ name: 'Sheet1', rows, merges: ['A1:D1', 'B3:B4', 'C4:D5', 'E8:F9'] }]));
    expect(table!.rows).toEqual([
      [cell('重点任务分工表', 4)],
      [cell('序号'), cell('任务'), cell('责任单位'), cell('')],
      [cell('1'), cell('优化营商环境'), cell('市发展改革委'), cell('2019年')],
      [cell('2'), cell('优化营商环境', 1, true), cell('市财政局', 2)],
      // Row 5 is empty but lies inside a merge, so it stays; the empty merge E8:F9 is ignored.
      [cell(''), cell(''), cell('市财政局', 2, true)],
      [cell('3'), cell('新任务'), cell(''), cell('')],
    ]);
  });

  it('reads every visible non-empty sheet in workbook order, the 1904 date system, and trims empty leading columns', () => {
    const sheet = (text: string) => `<row r="2"><c r="C2" t="inlineStr"><is><t>${text}</t></is></c><c r="D2" s="1"><v>0</v></c></row>`;
    const tables = readXlsx(
      makeXlsx(
        [
          { name: '第一', rows: sheet('甲') },
          { name: '空表', rows: '<row r="1"><c r="A1" s="1"/></row>' },
          { name: '第二', rows: sheet('乙') },
        ],
        { styles, date1904: true },
      ),
    );
    expect(tables.map((t) => texts(t.rows))).toEqual([[['甲', '1904年1月1日']], [['乙', '1904年1月1日']]]);
  });

  it('refuses an archive without a workbook', () => {
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(/not a readable \.xlsx/);
  });
});

describe('xlsx number formats', () => {
  it('tells date formats from others by id and by format code', () => {
    expect(classifyFormat(14, undefined).kind).toBe('date');
    expect(classifyFormat(31, undefined).kind).toBe('date'); // yyyy"年"m"月"d"日" (zh-CN built-in)
    expect(classifyFormat(2, undefined).kind).toBe('general');
    expect(classifyFormat(180, '0.00E+00').kind).toBe('general');
    expect(classifyFormat(181, '[Red]#,##0.00').kind).toBe('general');
    expect(classifyFormat(182, '"第"0"项"').kind).toBe('general');
    expect(classifyFormat(183, 'yyyy/m/d h:mm')).toEqual({ kind: 'date', year: true, month: true, day: true, time: true });
    expect(classifyFormat(184, 'h:mm AM/PM')).toEqual({ kind: 'date', year: false, month: false, day: false, time: true });
    expect(classifyFormat(185, '[DBNum1][$-804]m"月"d"日"')).toEqual({ kind: 'date', year: false, month: true, day: true, time: false });
  });

  it('turns serials into dates, including the 1900 leap-year bug and times', () => {
    const full = classifyFormat(14, undefined);
    expect(numberText(1, full, false)).toBe('1900年1月1日');
    expect(numberText(59, full, false)).toBe('1900年2月28日');
    expect(numberText(61, full, false)).toBe('1900年3月1日');
    expect(numberText(43646.5, classifyFormat(22, undefined), false)).toBe('2019年6月30日 12:00');
    expect(numberText(0.375, classifyFormat(20, undefined), false)).toBe('9:00');
  });
});

describe('readXlsx: a file LibreOffice wrote', () => {
  // test/fixtures/import-readers/libreoffice-task-table.xlsx: a task table built like the ones above
  // (a merged title row, a merged task cell, dates in a built-in and a custom 年月日 format), saved
  // again by LibreOffice Calc 7: shared strings, its own custom number format ids, merges.
  it('reads the cells, dates and merges', () => {
    const [table, ...more] = readXlsx(readFileSync(new URL('../../../fixtures/import-readers/libreoffice-task-table.xlsx', import.meta.url)));
    expect(more).toEqual([]);
    expect(table!.rows).toEqual([
      [cell('重点任务分工表', 4)],
      [cell('序号'), cell('任务'), cell('牵头单位'), cell('完成时限')],
      [cell('1'), cell('优化营商环境'), cell('市发展改革委'), cell('2019年6月30日')],
      [cell('2'), cell('优化营商环境', 1, true), cell('市财政局'), cell('2019年12月31日')],
    ]);
  });
});
