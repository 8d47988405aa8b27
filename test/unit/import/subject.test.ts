import { describe, expect, it } from 'vitest';
import { leadInSentence, subjectOf, subjectsOf } from '../../../src/import/subject.js';
import { UnitRoster } from '../../../src/import/units.js';

const fullWidth = (s: string): string => s.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function roster(...names: string[]): UnitRoster {
  const r = new UnitRoster();
  names.forEach((n) => r.add(n));
  return r;
}

describe('subjectsOf: the unit a sentence is about', () => {
  it.each<[string, string[]]>([
    // test/fixtures/corpus/08_chongqing-2004 (职责分工)
    ['环保部门负责组织、协调、监督专项行动的开展,会同有关部门对重点企业进行检查。', ['环保部门']],
    ['经济综合主管部门负责督促企业落实整改措施。', ['经济综合主管部门']],
    // test/fixtures/corpus/01_caidian (区人民政府办公室 2023)
    ['各责任单位要高度重视,切实加强领导,对照目标任务制订工作方案。', ['各责任单位']],
    // http://www.xuancheng.gov.cn/OpennessContent/show/2011754.html (宣城市卫健委 2020)
    ['市卫健委牵头,会同市教体局起草了《健康宣城行动实施方案(代拟稿)》', ['市卫健委']],
    // http://wmf.fjsen.com/2016-06/22/content_18042925.htm (城厢区 2016)
    ['城厢区委文明办、城厢区教育局、东南网莆田站、《今日城厢》编辑部联合制定下发《组建方案》', ['城厢区委文明办', '城厢区教育局', '东南网莆田站', '《今日城厢》编辑部']],
    // https://dzrdoor.com/bgs/info/1131/3781.html (菏政办字〔2023〕1号)
    ['市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制', ['市发展改革委']],
    ['由区文明办负责活动的组织实施。', ['区文明办']],
    ['区教育局和区卫健委要加强学校卫生工作', ['区教育局', '区卫健委']],
    ['2023年6月底前,区住建局要完成老旧小区改造', ['区住建局']],
  ])('%s → %j', (text, names) => {
    expect(subjectsOf(text, roster())).toEqual(names);
    expect(subjectsOf(fullWidth(text), roster())).toEqual(names.map(fullWidth));
    expect(subjectOf(text, roster())).toBe(names[0]);
  });

  it('prefers a unit the document already named (宣传条线运用…, 各级党组织加强…)', () => {
    const known = roster('宣传条线', '各级党组织');
    expect(subjectOf('宣传条线运用新媒体开展宣传', known)).toBe('宣传条线');
    expect(subjectOf('各级党组织加强学习，推动工作', known)).toBe('各级党组织');
  });

  it.each([
    '加强部门协作,形成工作合力。',
    '加强组织领导,强化责任落实。',
    '推进社区网格化管理。',
    '组长负责统筹协调。',
    '副局长要带头落实。',
    '以人民为中心,推进各项工作。',
    '由于工作需要,调整部分任务。',
  ])('no unit subject in %s', (text) => {
    expect(subjectOf(text, roster())).toBeUndefined();
    expect(subjectOf(fullWidth(text), roster())).toBeUndefined();
  });

  it('finds the subject of the second clause (加强组织领导,各部门要…)', () => {
    expect(subjectOf('加强组织领导,各部门要切实履行职责。', roster())).toBe('各部门');
  });

  it('reads only the opening clauses of the first sentence', () => {
    expect(subjectOf('开展专项整治行动。区城管局负责牵头。', roster())).toBeUndefined();
  });
});

describe('leadInSentence: 由X牵头 / 由X负责', () => {
  it.each<[string, string[]]>([
    // test/fixtures/corpus/xietang-2018
    ['大讨论活动由街道党政、宣传条线牵头,各部门配合', ['街道党政条线', '宣传条线']],
    // http://qnzz.youth.cn/place/xianji/201408/t20140816_5637974.htm (蓝山县 2014)
    ['本次文明劝导活动由县委宣传部牵头、团县委、文明办、创卫办为主要部门组织安排', ['县委宣传部']],
    ['此项工作由区发改局总牵头,区财政局配合', ['区发改局']],
    ['由区教育局和区卫健委共同牵头', ['区教育局', '区卫健委']],
    ['该项工作由各街道负责', ['各街道']],
    ['由區發改局牽頭負責', ['區發改局']],
    // http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (國辦函〔2014〕31號)
    ['由發展改革委會同中央農辦、農業部、財政部、科技部、國土資源部、水利部、商務部、統計局、糧食局等部門研究提出落實意見', ['發展改革委']],
    ['由國土資源部會同農業部等部門負責落實', ['國土資源部']],
  ])('%s → %j', (text, names) => {
    expect(leadInSentence(text)).toEqual(names);
    expect(leadInSentence(fullWidth(text))).toEqual(names.map(fullWidth));
  });
  it.each(['由于工作需要,区教育局负责', '由此可见,加强部门协作很重要', '活动由主办方负责'])('none in %s', (text) => {
    expect(leadInSentence(text)).toEqual([]);
  });
});
