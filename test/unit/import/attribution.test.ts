import { describe, expect, it } from 'vitest';
import { firstLeadsNote, isFieldLine, readAttribution, trailingBracket } from '../../../src/import/attribution.js';

const ctx = { year: 2023 };

/** The same text with full-width punctuation, as Word and WPS documents have it. */
const fullWidth = (s: string): string => s.replace(/[(),:;[\]]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Expected {
  lead?: string[];
  support?: string[];
  responsible?: string[];
  timing?: string[];
  firstLeads?: 'here' | 'sticky';
}

function roles(text: string) {
  const a = readAttribution(text, ctx);
  if (!a) return undefined;
  return { lead: a.lead, support: a.support, responsible: a.responsible, timing: a.timing, ...(a.firstLeads ? { firstLeads: a.firstLeads } : {}) };
}

function expected(e: Expected) {
  return { lead: e.lead ?? [], support: e.support ?? [], responsible: e.responsible ?? [], timing: e.timing ?? [], ...(e.firstLeads ? { firstLeads: e.firstLeads } : {}) };
}

const mapNames = (e: Expected, f: (s: string) => string): Expected =>
  Object.fromEntries(Object.entries(e).map(([k, v]) => [k, Array.isArray(v) ? v.map(f) : v])) as Expected;

/** Attributions as real plans write them (the page each comes from is noted above it). */
const REAL: [string, Expected][] = [
  // https://newton.com.tw/wiki/咸阳市2022年深化“放管服”改革最佳化营商环境工作要点 (traditional)
  ['市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責', { lead: ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室'], responsible: ['市級各有關部門', '各縣市區政府'] }],
  // http://chaincenturyfinance.com/tzgg/2421.html (鄂政發〔2018〕26號, the copy stops after a 、)
  ['牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳、', { lead: ['省發展改革委'], responsible: ['省編辦', '省國土資源廳', '省環保廳', '省住建廳'] }],
  // http://www.dingqianjf.com/news/show/134/1542380_0.html (安徽省土地节约集约利用综合改革)
  ['牽頭單位:省自然資源廳;責任單位:省住房城鄉建設廳,各市、縣人民政府', { lead: ['省自然資源廳'], responsible: ['省住房城鄉建設廳', '各市、縣人民政府'] }],
  // http://bgbf.com.cn/hnszf/xxgk/wjk/szfwj/202412/t20241206_33519128.html (湘政發〔2024〕15號)
  ['責任單位:省公安廳', { responsible: ['省公安廳'] }],
  // http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html (東府〔2021〕54號)
  ['市人力資源社會保障局、市醫保局、市財政局、市稅務局負責', { responsible: ['市人力資源社會保障局', '市醫保局', '市財政局', '市稅務局'] }],
  ['市殘聯、市財政局、市稅務局負責', { responsible: ['市殘聯', '市財政局', '市稅務局'] }],
  // https://www.lingbi.gov.cn/public/6626531/154359391.html (灵璧县卫健委 2021)
  ['牵头责任单位:县卫健委、县民政局', { lead: ['县卫健委', '县民政局'] }],
  ['主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位', { support: ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门', '有关直属单位'] }],
  // https://www.bigxun.com/view/1809630888465633281 (街道环境整顿方案: labels without a colon)
  ['责任单位各社区居委会、驻辖区单位、物业管理小区', { responsible: ['各社区居委会', '驻辖区单位', '物业管理小区'] }],
  ['责任单位城管科、各农工商公司、各社区居委会、城管执法局七中队,环卫公司', { responsible: ['城管科', '各农工商公司', '各社区居委会', '城管执法局七中队', '环卫公司'] }],
  ['责任单位环卫分公司配合单位办事处、城管中队', { responsible: ['环卫分公司'], support: ['办事处', '城管中队'] }],
  ['责任单位环卫公司、执法七中队', { responsible: ['环卫公司', '执法七中队'] }],
  // test/fixtures/corpus/06_fangxian (房县 2023)
  ['牵头单位:县行政审批局、县市场监管局、县发改局,责任单位:县直各有关单位,各乡镇人民政府', { lead: ['县行政审批局', '县市场监管局', '县发改局'], responsible: ['县直各有关单位', '各乡镇人民政府'] }],
  // test/fixtures/corpus/07_guofa (国发〔2020〕6号)
  ['国务院各部门分别负责,年内持续推进', { responsible: ['国务院各部门'], timing: ['年内持续推进'] }],
  // test/fixtures/corpus/02_xialu (下陆区 2023)
  ['责任单位:老街办、区招商服务中心、长乐投资有限公司', { responsible: ['老街办', '区招商服务中心', '长乐投资有限公司'] }],
  // test/fixtures/corpus/xiangxi-2020-traditional-snippet
  ['牽頭單位:州政務服務中心;責任單位:州直各有關單位、各縣市人民政府;6月底完成', { lead: ['州政務服務中心'], responsible: ['州直各有關單位', '各縣市人民政府'], timing: ['6月底完成'] }],
  ['州市場監管局牽頭,州稅務局、州公安局配合,年內持續推進', { lead: ['州市場監管局'], support: ['州稅務局', '州公安局'], timing: ['年內持續推進'] }],
  // test/fixtures/corpus/04_zhejiang (浙江省 2014): the note follows the list, after a 。
  ['省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同', { lead: ['省经信委'], support: ['省发改委(省能源局)'], firstLeads: 'sticky' }],
  ['省发改委总牵头', { lead: ['省发改委'] }],
  // test/fixtures/corpus/xietang-2018
  ['牵头单位:党政、宣传条线', { lead: ['党政条线', '宣传条线'] }],
  ['牵头单位:组织、纪检、宣传条线', { lead: ['组织条线', '纪检条线', '宣传条线'] }],
  // https://33jin.com/a/news/quote/2023/0409/3138.html (粤府办〔2023〕5号 as this copy has it)
  ['省发展改革委、交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门和各地级以上市人民政府按职责分工负责', { responsible: ['省发展改革委', '交通运输厅', '水利厅', '住房城乡建设厅', '能源局', '各地级以上市人民政府'] }],
  // https://www.bzqc.gov.cn/XxgkContent/show/2831654.html (谯城区 2025: columns 主要责任单位 / 协同配合单位)
  ['主要责任单位:区教育局;协同配合单位:区政府有关部门,各乡镇人民政府、街道办事处。', { responsible: ['区教育局'], support: ['区政府有关部门', '各乡镇人民政府', '街道办事处'] }],
  // https://www.nlx.gov.cn/openness/public/6605131/39230837.html (南陵县 2024: 牵头责任单位 / 责任单位)
  ['牵头责任单位:县教育局;责任单位:县各有关单位', { lead: ['县教育局'], responsible: ['县各有关单位'] }],
  // http://www.fymate.net/html/text/lar/169383/16938349_1.html (牵头组织实施单位)
  ['牵头组织实施单位:各县(市、区)政府,市财政局、教育局;完成时限:年内见成效', { lead: ['各县(市、区)政府', '市财政局', '教育局'], timing: ['年内见成效'] }],
  // http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案: a remark and 下同 that is not the first-leads note)
  ['责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。', { responsible: ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心'] }],
  ['责任单位:省市场监管局', { responsible: ['省市场监管局'] }],
  // http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (國辦函〔2014〕31號)
  ['國土資源部會同農業部等部門負責落實', { lead: ['國土資源部'], support: ['農業部'] }],
  // https://www.ahhuoshan.gov.cn/public/6598161/37968314.html (责任领导 names a person, 责任单位 a body)
  ['责任领导:叶林;责任单位:招商工作部、安商工作部;完成时限:全年', { responsible: ['招商工作部', '安商工作部'], timing: ['全年'] }],
];

describe('readAttribution: real attributions', () => {
  it.each(REAL)('%s', (text, e) => {
    expect(roles(text)).toEqual(expected(e));
  });
  it.each(REAL)('full-width: %s', (text, e) => {
    expect(roles(fullWidth(text))).toEqual(expected(mapNames(e, fullWidth)));
  });
});

describe('readAttribution: the forms the issue lists', () => {
  it.each<[string, Expected]>([
    ['牵头单位：区发改局；配合单位：区财政局、区统计局', { lead: ['区发改局'], support: ['区财政局', '区统计局'] }],
    ['总牵头单位：区委办；协办单位：区政府办', { lead: ['区委办'], support: ['区政府办'] }],
    ['区委宣传部牵头负责，区文明办、区教育局、团区委协助', { lead: ['区委宣传部'], support: ['区文明办', '区教育局', '团区委'] }],
    ['区发改局牵头，区财政局按职责分工配合', { lead: ['区发改局'], support: ['区财政局'] }],
    ['区卫健委牵头，区医保局参与，区市场监管局协同', { lead: ['区卫健委'], support: ['区医保局', '区市场监管局'] }],
    ['市文明办指导，区文明办负责', { support: ['市文明办'], responsible: ['区文明办'] }],
    ['由区教育局牵头，会同区财政局、区人社局', { lead: ['区教育局'], support: ['区财政局', '区人社局'] }],
    ['请各街道按职责负责', { responsible: ['各街道'] }],
    ['区教育局和区卫健委负责', { responsible: ['区教育局', '区卫健委'] }],
    ['区住房和城乡建设局牵头，区发展和改革局配合', { lead: ['区住房和城乡建设局'], support: ['区发展和改革局'] }],
    ['区发改局为牵头单位，区财政局为配合单位', { lead: ['区发改局'], support: ['区财政局'] }],
    ['责任单位：区发改局、区财政局等部门', { responsible: ['区发改局', '区财政局'] }],
    ['配合单位：区民政局等相关部门', { support: ['区民政局'] }],
    ['参与单位：各街道、各社区', { support: ['各街道', '各社区'] }],
    ['完成时限：2023年6月底前；责任单位：区城管局', { responsible: ['区城管局'], timing: ['2023年6月底前'] }],
  ])('%s', (text, e) => {
    expect(roles(text)).toEqual(expected(e));
    expect(roles(fullWidth(text))).toEqual(expected(mapNames(e, fullWidth)));
  });

  it('keeps a 责任领导 or 牵头领导 (a person) out of the units', () => {
    const a = readAttribution('牵头领导：王某某；牵头单位：区发改局', ctx);
    expect(a?.lead).toEqual(['区发改局']);
    expect(a?.people).toEqual(['王某某']);
  });
});

describe('the first of a list leads: 列第一位的为牵头单位 and its variants', () => {
  it.each([
    ['区发改局、区财政局、区统计局，列第一位的为牵头单位', 'here'],
    ['区发改局、区财政局、区统计局。列第一位者为牵头部门，下同', 'sticky'],
    ['列第一位的为牵头单位，下同；区发改局、区财政局、区统计局', 'sticky'],
    ['区发改局、区财政局、区统计局（排在首位的为牵头单位）', 'here'],
    ['区发改局、区财政局、区统计局，排名第一的为牵头单位，其他为配合单位', 'here'],
    ['区发改局、区财政局、区统计局，第一个为牵头单位', 'here'],
    ['区发改局、区财政局、区统计局，列在首位的为牵头单位。下同', 'sticky'],
    ['区发改局、区财政局、区统计局，排在第一位的为牵头单位', 'here'],
  ] as const)('%s', (text, note) => {
    for (const t of [text, fullWidth(text)]) {
      expect(roles(t)).toEqual(expected({ lead: ['区发改局'], support: ['区财政局', '区统计局'], firstLeads: note }));
      expect(firstLeadsNote(t)).toBe(note);
    }
  });

  it('the note alone is read, and never as a unit', () => {
    expect(roles('列第一位的为牵头单位，下同')).toEqual(expected({ firstLeads: 'sticky' }));
    expect(roles('（列第一位者为牵头部门）')).toEqual(expected({ firstLeads: 'here' }));
    expect(roles('列第一位者为牵头部门')).toEqual(expected({ firstLeads: 'here' }));
  });

  it('a lone list after a sticky note is read as responsible: the caller applies the note', () => {
    expect(roles('区发改局、区财政局')).toEqual(expected({ responsible: ['区发改局', '区财政局'] }));
  });

  it('an explicit lead wins over the note', () => {
    expect(roles('牵头单位：区教育局；责任单位：区财政局、区人社局，列第一位的为牵头单位')).toEqual(expected({ lead: ['区教育局'], responsible: ['区财政局', '区人社局'], firstLeads: 'here' }));
  });
});

describe('readAttribution: what is not an attribution', () => {
  it.each([
    '含经开区',
    '以下简称“省能源局”',
    '2022年',
    '见附件',
    '加强部门协作，形成工作合力',
    '各街道要加强社区网格管理',
    '排名不分先后',
  ])('%s → undefined (or no units)', (text) => {
    const a = readAttribution(text, ctx);
    expect(a === undefined || [...a.lead, ...a.support, ...a.responsible].length === 0).toBe(true);
  });
  it('a remark in brackets is not taken for units', () => {
    expect(readAttribution('含经开区', ctx)).toBeUndefined();
    expect(readAttribution('加强部门协作，形成工作合力', ctx)).toBeUndefined();
  });
});

describe('trailingBracket', () => {
  it.each([
    ['推行政务服务承诺制。(牵头单位:县行政审批局)', '牵头单位:县行政审批局'],
    ['推行政务服务承诺制。（牵头单位：县行政审批局）', '牵头单位：县行政审批局'],
    ['推行政务服务承诺制。（牵头单位：县行政审批局）。', '牵头单位：县行政审批局'],
    ['推行政务服务承诺制。（牵头单位：县行政审批局）；', '牵头单位：县行政审批局'],
    ['做熟一域。[责任单位:老街办、区招商服务中心]', '责任单位:老街办、区招商服务中心'],
    ['做熟一域。［责任单位：老街办］', '责任单位：老街办'],
    ['做熟一域。〔责任单位：区发改局（区粮食局）〕', '责任单位：区发改局（区粮食局）'],
    ['做熟一域。【责任单位：区发改局】', '责任单位：区发改局'],
    ['加快建设（2023年完成）（区住建局牵头）', '区住建局牵头'],
  ])('%s', (text, inner) => {
    const b = trailingBracket(text);
    expect(b?.inner).toBe(inner);
    expect(text.slice(0, b?.start)).not.toContain(inner);
  });
  it('none when the paragraph does not end in a bracket', () => {
    expect(trailingBracket('（牵头单位：区发改局）加快推进')).toBeUndefined();
    expect(trailingBracket('加快推进。')).toBeUndefined();
  });
});

describe('isFieldLine', () => {
  it.each(['牵头单位:区发改局', '牵头单位：区发改局', '牽頭單位：州政務服務中心', '责任单位：区', '配合单位：区财政局、区统计局', '完成时限：6月底前', '主要协作单位：各乡镇人民政府', '注：列第一位的为牵头单位，下同。', '（列第一位者为牵头部门，下同）'])(
    '%s is a field line',
    (line) => {
      expect(isFieldLine(line)).toBe(true);
    },
  );
  it.each(['各责任单位要高度重视，切实加强领导。', '牵头单位要统筹落实任务事项', '区发改局、区财政局', '地区生产总值增长7%以上'])('%s is not', (line) => {
    expect(isFieldLine(line)).toBe(false);
  });
});
