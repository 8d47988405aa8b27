import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock } from '../../../../src/import/blocks.js';
import { readDocx } from '../../../../src/import/read/docx.js';
import { DocumentReadError } from '../../../../src/import/read/errors.js';
import { CHINESE_LEVELS, lvl, makeDocx, p } from './office-files.js';

const paragraphs = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
/** Each paragraph as label + text, what a reader of the printed page sees. */
const shown = (blocks: Block[]) => paragraphs(blocks).map((b) => `${b.label ?? ''}${b.text}`);

describe('readDocx: paragraph text', () => {
  it('keeps runs, tabs, line breaks, insertions, links, smart tags and content controls; drops deletions, field codes and hidden text', () => {
    const body =
      '<w:p><w:r><w:t>牵头</w:t></w:r><w:r><w:tab/><w:t>单位：</w:t></w:r><w:r><w:br/><w:t>市发展改革委</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>于</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>2019年</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>2020年</w:t></w:r></w:ins><w:r><w:t>底前完成</w:t></w:r></w:p>' +
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>政务网</w:t></w:r></w:hyperlink><w:smartTag w:element="date"><w:r><w:t>6月30日</w:t></w:r></w:smartTag>' +
      '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>（控件）</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">　　“十四五”期间，“一网通办”①　</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>块级控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:sectPr/>';
    expect(readDocx(makeDocx({ body }))).toEqual([
      { kind: 'paragraph', text: '牵头\t单位：\n市发展改革委' },
      { kind: 'paragraph', text: '于2020年底前完成' },
      { kind: 'paragraph', text: '政务网6月30日（控件）' },
      { kind: 'paragraph', text: '3' },
      // Full-width spaces around the text are indentation; the quotes and ① stay as written.
      { kind: 'paragraph', text: '“十四五”期间，“一网通办”①' },
      { kind: 'paragraph', text: '块级控件里的段落' },
    ]);
  });

  it('refuses a zip without word/document.xml and malformed XML', () => {
    expect(() => readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(DocumentReadError);
    const broken = makeDocx({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' });
    expect(() => readDocx(broken)).toThrow(/not a readable \.docx/);
  });
});

describe('readDocx: automatic numbering', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0">${CHINESE_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

  it('rebuilds 一、（一）1.（1）① with deeper levels restarting when a shallower one advances', () => {
    const body = [
      p('总体要求', { num: [1, 0] }),
      p('指导思想', { num: [1, 1] }),
      p('基本原则', { num: [1, 1] }),
      p('坚持统筹', { num: [1, 2] }),
      p('坚持创新', { num: [1, 2] }),
      p('细则', { num: [1, 3] }),
      p('要点', { num: [1, 4] }),
      p('要点', { num: [1, 4] }),
      p('细则', { num: [1, 3] }),
      p('要点', { num: [1, 4] }),
      p('坚持协调', { num: [1, 2] }),
      p('主要任务', { num: [1, 0] }),
      p('任务', { num: [1, 1] }),
      p('分项', { num: [1, 2] }),
    ].join('');
    expect(shown(readDocx(makeDocx({ body, numbering })))).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '1.坚持统筹',
      '2.坚持创新',
      '（1）细则',
      '①要点',
      '②要点',
      '（2）细则',
      '①要点',
      '3.坚持协调',
      '二、主要任务',
      '（一）任务',
      '1.分项',
    ]);
    const first = paragraphs(readDocx(makeDocx({ body, numbering })))[0]!;
    expect(first).toEqual({ kind: 'paragraph', text: '总体要求', label: '一、' });
  });

  it('counts past ten in Chinese (十、十一、二十) and shows %1.%2 with each level in its own format', () => {
    const levels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2') + lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>');
    const body = [...Array.from({ length: 21 }, (_, i) => p(`第${i + 1}项`, { num: [1, 0] })), p('子项', { num: [1, 1] }), p('法条', { num: [1, 2] })].join('');
    const labels = paragraphs(readDocx(makeDocx({ body, numbering: `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` }))).map((b) => b.label);
    expect(labels.slice(8, 12)).toEqual(['九、', '十、', '十一、', '十二、']);
    expect(labels[19]).toBe('二十、');
    expect(labels[20]).toBe('二十一、');
    expect(labels[21]).toBe('二十一.1');
    expect(labels[22]).toBe('21.1.1');
  });

  it('continues a list across a heading and across numIds that share an abstractNum', () => {
    const numbering2 = `<w:abstractNum w:abstractNumId="0">${CHINESE_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p('加强领导', { num: [1, 1] }),
      p('一段不编号的标题', { style: 'Heading2' }),
      p('强化督查', { num: [1, 1] }),
      p('正文段落'),
      p('加强宣传', { num: [2, 1] }),
    ].join('');
    expect(shown(readDocx(makeDocx({ body, numbering: numbering2 })))).toEqual(['（一）加强领导', '一段不编号的标题', '（二）强化督查', '正文段落', '（三）加强宣传']);
  });

  it('restarts at lvlOverride/startOverride when the num is first used, then counts on with the abstractNum; starts where w:start says', () => {
    const numbering3 =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.', '', 3)}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:lvlOverride></w:num>`;
    const body = [p('a', { num: [1, 0] }), p('b', { num: [1, 0] }), p('c', { num: [2, 0] }), p('d', { num: [2, 0] }), p('e', { num: [1, 0] }), p('f', { num: [3, 0] }), p('g', { num: [3, 0] }), p('h', { num: [1, 0] })].join('');
    // c restarts at 1; e (numId 1 again) goes on from d, as the shared abstractNum's count; f restarts at the overriding level's start.
    expect(shown(readDocx(makeDocx({ body, numbering: numbering3 })))).toEqual(['3.a', '4.b', '1.c', '2.d', '3.e', '⑤f', '⑥g', '7.h']);
  });

  it('honours w:lvlRestart (0: never restart) and counts empty numbered paragraphs without showing them', () => {
    const levels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>');
    const numbering4 = `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p('甲', { num: [1, 0] }), p('x', { num: [1, 1] }), p('', { num: [1, 1] }), p('乙', { num: [1, 0] }), p('y', { num: [1, 1] })].join('');
    expect(shown(readDocx(makeDocx({ body, numbering: numbering4 })))).toEqual(['一、甲', '1.x', '二、乙', '3.y']);
  });

  it('numbers paragraphs through their style, following basedOn, and leaves bullets unlabelled', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="条款"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Clause2"><w:name w:val="条款 2"/><w:basedOn w:val="Clause"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ClauseLinked"><w:name w:val="条款 3"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Bullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Unnumbered"><w:basedOn w:val="Clause"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>';
    const numbering5 =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.', '<w:pStyle w:val="ClauseLinked"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const body = [
      p('工作目标', { style: 'Clause' }),
      p('近期目标', { style: 'Clause2' }),
      p('细化', { style: 'ClauseLinked' }),
      p('要点', { style: 'Bullet' }),
      p('不编号', { style: 'Unnumbered' }),
      p('远期目标', { style: 'Clause2' }),
      p('保障措施', { style: 'Clause' }),
    ].join('');
    const blocks = paragraphs(readDocx(makeDocx({ body, styles, numbering: numbering5 })));
    expect(blocks.map((b) => `${b.label ?? ''}${b.text}`)).toEqual(['一、工作目标', '（一）近期目标', '1.细化', '要点', '不编号', '（二）远期目标', '二、保障措施']);
    expect(blocks[3]).toEqual({ kind: 'paragraph', text: '要点' });
  });

  it('finds a list defined through a numbering style (w:numStyleLink)', () => {
    const styles = '<w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="方案列表"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const numbering6 =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>${lvl(0, 'ideographTraditional', '%1.')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const body = [p('a', { num: [2, 0] }), p('b', { num: [2, 0] }), p('c', { num: [2, 0] })].join('');
    expect(shown(readDocx(makeDocx({ body, styles, numbering: numbering6 })))).toEqual(['甲.a', '乙.b', '丙.c']);
  });
});

describe('readDocx: headings', () => {
  it('takes the outline level from the style (through basedOn), the paragraph, or a built-in heading name', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="PlanHeading"><w:name w:val="方案标题"/><w:basedOn w:val="1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>';
    const body = [
      p('一、总体要求', { style: '1' }),
      p('二、主要任务', { style: 'PlanHeading' }),
      p('（一）细目', { style: 'Heading3' }),
      p('（二）正文里的大纲级别', { outline: 1 }),
      p('大纲级别 9 是正文', { style: '1', outline: 9 }),
      p('正文', { style: 'BodyText' }),
    ].join('');
    expect(paragraphs(readDocx(makeDocx({ body, styles }))).map((b) => b.headingLevel)).toEqual([1, 1, 3, 2, undefined, undefined]);
  });
});

describe('readDocx: tables', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text.split('\n').map((line) => p(line)).join('')}</w:tc>`;

  it('reads gridSpan as colSpan and vMerge restart/continue as mergedFromAbove with the first cell’s text', () => {
    const table =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      `<w:tr>${tc('序号')}${tc('重点任务')}${tc('责任单位', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc('1')}${tc('优化营商环境\n（一）简化审批', '<w:vMerge w:val="restart"/>')}${tc('市发展改革委')}${tc('2019年6月')}</w:tr>` +
      `<w:tr>${tc('2')}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${tc('市财政局')}${tc('2019年9月')}</w:tr>` +
      `<w:tr>${tc('3')}${tc('', '<w:vMerge w:val="continue"/>')}${tc('各区', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc('4')}${tc('新任务')}</w:tr>` +
      '</w:tbl>';
    const [block] = readDocx(makeDocx({ body: table })) as [TableBlock];
    const cell = (text: string, colSpan = 1, mergedFromAbove = false) => ({ text, colSpan, mergedFromAbove });
    expect(block).toEqual({
      kind: 'table',
      rows: [
        [cell('序号'), cell('重点任务'), cell('责任单位', 2)],
        [cell('1'), cell('优化营商环境\n（一）简化审批'), cell('市发展改革委'), cell('2019年6月')],
        [cell('2'), cell('优化营商环境\n（一）简化审批', 1, true), cell('市财政局'), cell('2019年9月')],
        [cell('3'), cell('优化营商环境\n（一）简化审批', 1, true), cell('各区', 2)],
        // A short row is padded with empty cells to the grid's width.
        [cell('4'), cell('新任务'), cell(''), cell('')],
      ],
    });
  });

  it('flattens a nested table into the cell text, keeps numbering labels of cell paragraphs, and keeps the body order', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${CHINESE_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const nested = `<w:tbl><w:tr>${tc('子表甲')}${tc('子表乙')}</w:tr></w:tbl>`;
    const body =
      p('前言') +
      `<w:tbl><w:tr><w:tc>${p('条目', { num: [1, 2] })}${nested}<w:p/></w:tc>${tc('单位')}</w:tr></w:tbl>` +
      p('后记', { num: [1, 2] });
    const blocks = readDocx(makeDocx({ body, numbering }));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect((blocks[1] as TableBlock).rows[0]![0]!.text).toBe('1.条目\n子表甲\n子表乙');
    expect(shown(blocks)).toEqual(['前言', '2.后记']);
  });
});

describe('readDocx: a file LibreOffice wrote', () => {
  // test/fixtures/import-readers/libreoffice-numbered-list.docx: a document built like the ones above
  // (five Chinese list levels, a restart, headings, a merged table), opened and saved again by
  // LibreOffice 7 (`soffice --headless --convert-to docx`). LibreOffice rewrites numbering.xml its
  // own way: chineseCountingThousand, one abstractNum per list, the restart as a num with a
  // startOverride and the item after it as a further num without one. The expected labels are those
  // LibreOffice's own text export shows for the file.
  it('rebuilds the labels LibreOffice shows, and reads its table merges', () => {
    const bytes = readFileSync(new URL('../../../fixtures/import-readers/libreoffice-numbered-list.docx', import.meta.url));
    const blocks = readDocx(bytes);
    expect(shown(blocks)).toEqual([
      '关于印发实施方案的通知',
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '1.坚持统筹',
      '（1）细则',
      '①要点',
      '②要点',
      '二、主要任务',
      '小标题（不编号）',
      '（一）任务',
      '1.重新编号',
      '2.重新编号',
      '三、保障措施',
    ]);
    expect(paragraphs(blocks).map((b) => b.headingLevel).filter(Boolean)).toEqual([1, 2]);
    const table = blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.rows.map((row) => row.map((c) => `${c.text}${c.colSpan > 1 ? `×${c.colSpan}` : ''}${c.mergedFromAbove ? '↑' : ''}`))).toEqual([
      ['序号', '重点任务', '责任单位×2'],
      ['1', '优化营商环境', '市发展改革委', '2019年6月'],
      ['2', '优化营商环境↑', '市财政局', '2019年9月'],
    ]);
  });
});
