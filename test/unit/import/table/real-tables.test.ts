import { describe, expect, it } from 'vitest';
import { notesFirstListedLeads } from '../../../../src/import/table/first-listed.js';
import { readTaskTable } from '../../../../src/import/table/read-task-table.js';
import { merged, span, table } from './table-helpers.js';

/**
 * Rows from published 任务分解 / 责任分工 documents, typed in as the table a reader would give
 * for them (the web copies flatten the tables into lines; the rows, units and headers are the
 * documents' own, the grid around them is the usual layout of such an attachment).
 */

describe('立山区政府2023年重点工作任务分解和责任分工方案 (鞍立政发〔2023〕2号)', () => {
  // http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html — each item has 牵头单位 and 责任单位.
  const result = readTaskTable(
    table(
      [span('立山区政府2023年重点工作任务分解和责任分工方案', 4)],
      ['序号', '重点工作', '牵头单位', '责任单位'],
      [span('一、经济社会发展的主要预期目标', 4)],
      ['1', '努力实现地区生产总值增长6.2%左右。', '区发改局', '立山经济开发区，全区经济运行各专班'],
      ['2', '规模上工业增加值增长5%左右。', '区工信局', '立山经济开发区'],
      ['3', '固定资产投资增长15%左右。', '区发改局', '立山经济开发区，各街道、区直各部门'],
      ['4', '社会消费品零售总额增长9%左右。', '区商务局', '各街道，区市场局'],
      ['5', '一般公共预算收入增长8%左右。', '区财政局', '立山经济开发区，各街道，税务局'],
    ),
  );

  it('reads five tasks under the section heading, 责任单位 as support beside 牵头单位', () => {
    expect(result?.titleRows).toEqual(['立山区政府2023年重点工作任务分解和责任分工方案']);
    expect(result?.tasks).toHaveLength(5);
    expect(result?.tasks.every((t) => t.groups.join() === '一、经济社会发展的主要预期目标')).toBe(true);
    expect(result?.tasks.map((t) => t.lead)).toEqual([['区发改局'], ['区工信局'], ['区发改局'], ['区商务局'], ['区财政局']]);
    expect(result?.tasks[3]?.support).toEqual(['各街道', '区市场局']);
    expect(result?.tasks[4]?.support).toEqual(['立山经济开发区', '各街道', '税务局']);
    expect(result?.tasks[1]?.text).toBe('规模上工业增加值增长5%左右。');
  });
});

describe('滁州市2020年市政府重点工作及责任分解: 牵头负责领导、牵头责任单位、协同责任单位', () => {
  // http://www.chuzhou.gov.cn/public/152523227/567017766.html — "1+1+N": one leader, one lead unit, N units in support.
  const support1 = '市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。';
  const support2 = '市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。';
  const result = readTaskTable(
    table(
      ['序号', '重点工作', '牵头负责领导', '牵头责任单位', '协同责任单位'],
      [span('一、确保完成全年主要预期目标', 5)],
      ['1', '地区生产总值增长8%以上。', '金力', '市发展改革委', support1],
      // The leader cell merged down over the items he leads, as a spreadsheet copy has it.
      ['2', '财政收入增长8%左右。', merged('金力'), '市财政局', support2],
    ),
  );

  it('keeps the leader as detail, never as a unit, also from a merged cell', () => {
    expect(result?.roles.map((c) => c.role)).toEqual(['number', 'task', 'leader', 'lead', 'support']);
    expect(result?.tasks.map((t) => t.detail)).toEqual([[{ header: '牵头负责领导', text: '金力' }], [{ header: '牵头负责领导', text: '金力' }]]);
    expect(result?.tasks.map((t) => t.lead)).toEqual([['市发展改革委'], ['市财政局']]);
    expect(result?.tasks.flatMap((t) => [...t.lead, ...t.support])).not.toContain('金力');
  });

  it('reads the 协同责任单位 list', () => {
    expect(result?.tasks[0]?.support.slice(0, 4)).toEqual(['市经信局', '市商务局', '市交通局', '市农业农村局']);
    expect(result?.tasks[1]?.support).toContain('滁州海关');
    expect(result?.tasks[1]?.support).toContain('中新苏滁高新区管委会');
  });
});

describe('许昌市《政府工作报告》2020年重点工作任务分解 (许政〔2020〕20号): 责任单位 only', () => {
  // http://henan.kjzch.com/xuchang/2020-05-28/694791.html — a single 责任单位 per item.
  const units = '市疫情防控指挥部办公室、市卫生健康委等，各县（市、区）政府（管委会）';
  const rows = [
    ['序号', '重点工作', '责任单位'],
    [span('一、抓好常态化疫情防控，全面恢复生产生活秩序', 3)],
    [
      '1',
      '坚持“外防输入、内防反弹”总体防控策略，完善常态化疫情防控举措，健全“及时发现、快速处置、精准管控、有效救治”常态化防控机制，巩固疫情防控持续向好态势，保障经济社会秩序全面恢复。',
      units,
    ],
    [
      '2',
      '坚持必要的人员管控和健康监测措施，引导群众做好自我防护。分类实施差异化防控措施，突出重点人群、重点场所、重点单位，强化无症状感染者、境外和中高风险地区来许返许人员管理，严密防范聚集性疫情风险。大力开展爱国卫生运动。',
      units,
    ],
  ];

  it('all units lead, 各县（市、区）政府（管委会） whole, 等 dropped', () => {
    const result = readTaskTable(table(...rows));
    expect(result?.tasks).toHaveLength(2);
    expect(result?.tasks[0]?.lead).toEqual(['市疫情防控指挥部办公室', '市卫生健康委', '各县（市、区）政府（管委会）']);
    expect(result?.tasks[0]?.support).toEqual([]);
    expect(result?.tasks[1]?.groups).toEqual(['一、抓好常态化疫情防控，全面恢复生产生活秩序']);
  });

  it('with 杭州\'s convention note (from the cover letter) the first listed unit leads', () => {
    // https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html
    const note = '责任分解中，列第一位的责任单位为牵头单位或汇总单位。';
    expect(notesFirstListedLeads(note)).toBe(true);
    const result = readTaskTable(table(...rows), { firstListedLeads: notesFirstListedLeads(note) });
    expect(result?.tasks[0]?.lead).toEqual(['市疫情防控指挥部办公室']);
    expect(result?.tasks[0]?.support).toEqual(['市卫生健康委', '各县（市、区）政府（管委会）']);
  });

  it('a sentence about lead units that is not the convention is not read as one', () => {
    expect(notesFirstListedLeads('各牵头单位要于每月28日前将工作进展情况报送市政府督考办。')).toBe(false);
  });
});
