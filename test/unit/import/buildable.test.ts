import { describe, expect, it } from 'vitest';
import { checkImported, importPlanText } from '../../../src/import/index.js';
import { joinWrappedLines, splitRunOnLine } from '../../../src/import/text.js';

const blocking = (yaml: string) => checkImported(yaml).filter((d) => d.severity === 'error' && d.code !== 'unsettled');

describe('an import always builds', () => {
  it('a deadline before its stage starts is taken out of `due`, kept in the detail, and a todo says why', () => {
    const text = ['某市2009年环保专项行动方案', '四、时间安排', '（四）总结阶段（11月）', '各县（市、区）对专项行动开展情况进行总结，于10月30日前报送总结报告。'].join('\n');
    const { yaml, draft } = importPlanText(text, { schema: 's', source: 't' });
    expect(blocking(yaml)).toEqual([]);
    const task = draft.phases[0]?.tasks[0];
    expect(task?.due).toBeUndefined();
    expect(task?.detail ?? task?.title).toContain('10月30日前');
    expect(task?.todos.join('\n')).toMatch(/原文时间“10月30日前”不能照用.*已从 due 移出/);
    // The todo is there for lint: one `unsettled` error per open point.
    expect(checkImported(yaml).some((d) => d.code === 'unsettled' && /10月30日前/.test(d.message))).toBe(true);
  });

  it('a document with nothing the importer knows still validates', () => {
    const { yaml, draft } = importPlanText('2020年工作总结\n今年工作取得了很大成绩。', { schema: 's', source: 't' });
    expect(blocking(yaml)).toEqual([]);
    expect(draft.todos.join('\n')).toMatch(/未找到任务/);
  });
});

describe('a web copy that lost its line breaks', () => {
  it('is cut before each outline number that follows a gap', () => {
    const line = '（五）切实加强动态报告工作 领导小组办公室要确定专人负责信息管理工作，并按期报送阶段报告。 四、时间安排 （一）动员部署阶段（5月） 各县（市、区）结合实际情况，确定本地区整治重点。 （二）督查阶段（8月-11月） 市领导小组组成若干个小组开展督查。';
    expect(splitRunOnLine(line).map((p) => p.slice(0, 8))).toEqual(['（五）切实加强动', '四、时间安排', '（一）动员部署阶', '（二）督查阶段（']);
  });

  it('leaves an ordinary paragraph whole, even with a number inside', () => {
    const line = '各单位要按照要求，认真做好以下工作：确保 1.5亿元资金按时到位，并于6月底前完成全部建设任务，做到责任到人、措施到位、督查到位，确保各项工作落到实处，取得实效，向全区人民交上满意答卷。';
    expect(splitRunOnLine(line)).toEqual([line]);
  });
});

describe('a copy of a PDF, its sentences broken where the page ended', () => {
  // 车间 2009 安全生产月 方案 (a PDF's text): lines of the page's width, stopping mid-word.
  const page = [
    '实 施 方 案',
    '根据工厂《关于开展 2009 年“安全生产月”活动的通知》要',
    '求,为 大力提高车间全体员工安全生产意识,强化安全管理,普及',
    '安全生产法律法规和安全知识,弘扬企业安全文化,现 结合车间安全管',
    '理工作的实际,特制定本活动实施方案。',
    '一、活动目标:',
    '(一)在主要岗位和场所张贴安全宣传横幅和挂图等宣传资料,加大',
    '“安全生产月”活动内容的宣传力度,营造一个良好的安全生产氛围。',
    '(二)配合上级部门组织开展一次安全宣誓活动,要求各工段、科室',
    '组织人员参加,具体事项另行通知。',
  ];

  it('is joined back into paragraphs, with nothing put between the pieces', () => {
    expect(joinWrappedLines(page)).toEqual([
      '实 施 方 案',
      '根据工厂《关于开展 2009 年“安全生产月”活动的通知》要求,为 大力提高车间全体员工安全生产意识,强化安全管理,普及安全生产法律法规和安全知识,弘扬企业安全文化,现 结合车间安全管理工作的实际,特制定本活动实施方案。',
      '一、活动目标:',
      '(一)在主要岗位和场所张贴安全宣传横幅和挂图等宣传资料,加大“安全生产月”活动内容的宣传力度,营造一个良好的安全生产氛围。',
      '(二)配合上级部门组织开展一次安全宣誓活动,要求各工段、科室组织人员参加,具体事项另行通知。',
    ]);
  });

  it('but a text whose lines are paragraphs (field lines, headings) is left as it is', () => {
    const lines = ['一、重点任务', '1.地区生产总值增长7%以上', '牵头单位:区发展和改革局 责任单位:区统计局', '2.规上工业增加值增长12%以上', '牵头单位:区科技和经信局 责任单位:区统计局', '3.固定资产投资增长10%以上', '牵头单位:区发展和改革局 责任单位:区住建局'];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });
});

describe('small forms as some pages have them', () => {
  // 安徽省 重点工作及责任分解 (a repost): items numbered 1﹒ 2﹒ with U+FE52.
  it('1﹒ numbers an item like 1.; the title keeps the document’s characters', () => {
    const { draft } = importPlanText(['某省2022年重点工作及责任分解', '一、确保完成全年主要预期目标', '1﹒全省生产总值增长7%以上。', '牵头责任单位:省发展改革委。', '2﹒固定资产投资增长10%以上。', '牵头责任单位:省发展改革委。'].join('\n'), { schema: 's', source: 't' });
    const tasks = draft.phases.flatMap((p) => p.tasks);
    expect(tasks.map((t) => [t.number, t.lead])).toEqual([
      ['一.1', ['省发展改革委']],
      ['一.2', ['省发展改革委']],
    ]);
  });
});

describe('a line cut after a full stop', () => {
  // 镇容镇貌综合整治 方案 (xuewenya.com): the copy broke the line inside the second sentence.
  it('goes on in the next line, unless that one starts an item', () => {
    const lines = ['一、整治时间及实施步骤', '1、宣传动员(3月5日至3月15日)。镇经济发展办公', '室安排人员和车辆在镇域内进行流动宣传。', '2、集中整治(3月16日至4月10日)。各村要做好通村', '路沿线的三堆清理。'];
    expect(joinWrappedLines(lines)).toEqual(['一、整治时间及实施步骤', '1、宣传动员(3月5日至3月15日)。镇经济发展办公室安排人员和车辆在镇域内进行流动宣传。', '2、集中整治(3月16日至4月10日)。各村要做好通村路沿线的三堆清理。']);
  });
});
