import { describe, expect, it } from 'vitest';
import { isCollective, looksLikeUnit, looksLikeUnitList, nameCore, splitOutsideParens, splitUnitList, unitSuffix, withoutPlacePrefix } from '../../../src/import/unit-names.js';

/** The same text with full-width punctuation, as Word and WPS documents have it. */
const fullWidth = (s: string): string => s.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('looksLikeUnit: a body by the shape of its name', () => {
  it.each([
    '区发展和改革局',
    '区科学技术和工业信息化局',
    '区住房和城乡建设局',
    '区纪委监委',
    '各部门',
    '各街道',
    '各有关单位',
    '省发改委(省能源局)',
    '各县(市、区)人民政府',
    '各县(市、区)',
    '国务院各部门',
    '街道各党组织',
    '宣传条线',
    '团区委',
    '县人武部',
    '市中级人民法院',
    '区人民检察院',
    '市总工会',
    '区妇联',
    '市残联',
    '黄埔海关',
    '人民银行',
    '长乐投资有限公司',
    '市燃气集团',
    '城管执法局七中队',
    '口岸交警大队',
    '立山经济开发区',
    '谯城经开区管委会',
    '市第一中学',
    '县人民医院',
    '宣城职业技术学院',
    '创城工作专班',
    '区委全面依法治区委员会办公室',
    '市防汛抗旱指挥部',
    '东阳市',
    '和平区',
    '如东县',
    '含山县',
    '办事处',
    '市属各企业',
    '各大中专院校',
    '广播电视台',
    '市行政審批制度改革工作領導小組辦公室',
    '州直各有關單位',
    '各縣市區政府',
  ])('%s is a unit', (name) => {
    expect(looksLikeUnit(name)).toBe(true);
    expect(looksLikeUnit(fullWidth(name))).toBe(true);
  });

  it.each([
    ['区', 'cut off: a level word alone'],
    ['市发', 'cut off mid-name (菏泽 excerpt stops at "牵头单位:市发")'],
    ['加强部门', 'a verb and its object'],
    ['加强部门协作', 'a clause'],
    ['各街道要加强社区', 'a clause with a modal'],
    ['推进社区', 'a verb and its object'],
    ['组长', 'a title alone'],
    ['副局长', 'a title alone'],
    ['书记', 'a title alone'],
    ['区委书记', "a person's title"],
    ['分管副区长', "a person's title"],
    ['市委常委', 'a member, not a body'],
    ['区教育局负责。', 'a sentence'],
    ['区发改局。区财政局', 'two sentences'],
    ['区教育局、区卫健委', 'a list, not one name'],
    ['格局', 'a generic noun ending in 局'],
    ['新发展格局', 'a generic noun ending in 局'],
    ['场所', 'a generic noun ending in 所'],
    ['干部', 'people, not a body'],
    ['举办', 'a verb ending in 办'],
    ['联合举办', 'a verb ending in 办'],
    ['城区', 'a place, not a body'],
    ['农村', 'a place, not a body'],
    ['美丽乡村', 'a place, not a body'],
    ['民营企业', 'enterprises named by kind, not a body'],
    ['以人民为中心', 'a slogan'],
    ['含经开区', '"including X": a remark'],
    ['國土資源部會同農業部', 'two names joined by 会同'],
    ['具体任务均涉及相关市(州)人民政府', 'a clause ending in a name (law.foodmate.net/show-219854.html)'],
    ['由区教育局', 'a preposition before a name'],
    ['主要责任单位', 'a field label'],
    ['省发改委(省能源局', 'an unbalanced bracket'],
    ['2023年', 'a date'],
  ])('%s is not (%s)', (name) => {
    expect(looksLikeUnit(name)).toBe(false);
    expect(looksLikeUnit(fullWidth(name))).toBe(false);
  });
});

describe('unitSuffix', () => {
  it('finds the ending on the matching view, brackets after the head ignored', () => {
    expect(unitSuffix('区发改局')).toBe('局');
    expect(unitSuffix('各县（市、区）人民政府')).toBe('人民政府');
    expect(unitSuffix('省发改委（省能源局）')).toBe('委');
    expect(unitSuffix('宣傳條線')).toBe('条线');
    expect(unitSuffix('州直各有關單位')).toBe('单位');
    expect(unitSuffix('局')).toBeUndefined();
    expect(unitSuffix('区')).toBeUndefined();
  });
});

describe('splitOutsideParens', () => {
  it('never splits inside brackets of either width, and splits on either width of a separator', () => {
    expect(splitOutsideParens('各县(市、区)人民政府、省发改委(省能源局)', '、')).toEqual(['各县(市、区)人民政府', '省发改委(省能源局)']);
    expect(splitOutsideParens('各县（市、区）人民政府、省发改委（省能源局）', '、')).toEqual(['各县（市、区）人民政府', '省发改委（省能源局）']);
    expect(splitOutsideParens('牵头单位：区发改局；配合单位：区财政局，区统计局', ';,')).toEqual(['牵头单位：区发改局', '配合单位：区财政局', '区统计局']);
    expect(splitOutsideParens('〔责任单位：A、B〕、【C；D】', '、;')).toEqual(['〔责任单位：A、B〕', '【C；D】']);
  });
});

describe('splitUnitList: lists as documents write them', () => {
  const cases: [string, string[], string][] = [
    // https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml
    ['区发展和改革局', ['区发展和改革局'], '和 inside a name'],
    ['区科技和经信局', ['区科技和经信局'], '和 inside a name'],
    ['区教育局和区卫健委', ['区教育局', '区卫健委'], '和 between two names'],
    ['区住房和城乡建设局及区城管局', ['区住房和城乡建设局', '区城管局'], '及 between names, 和 inside one'],
    ['区财政局以及区税务局', ['区财政局', '区税务局'], '以及'],
    // https://lr5.cn/2024/08/07/47893.html (成都市 2024, issuers separated by spaces)
    ['成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局', ['成都市发展和改革委员会', '中共成都市委社会工作部', '成都市规划和自然资源局', '成都市住房和城乡建设局'], 'a space-separated list'],
    // https://newton.com.tw/wiki/咸阳市2022年深化“放管服”改革最佳化营商环境工作要点
    ['市級各有關部門及各縣市區政府', ['市級各有關部門', '各縣市區政府'], '及 between collectives, traditional script'],
    // test/fixtures/corpus/03_lishan (http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html)
    ['立山经济开发区,各街道、区直各部门', ['立山经济开发区', '各街道', '区直各部门'], ', and 、'],
    // https://www.bzqc.gov.cn/XxgkContent/show/2831654.html (谯城区 2025 分解表)
    [
      '区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
      ['区工信局', '区住建局', '区交通局', '区水利局', '区农业农村局', '区教育局', '区卫健委', '各乡镇人民政府', '街道办事处', '谯城经开区管委会', '魏武国控集团'],
      'a long cell ending in 。',
    ],
    ['区政府有关部门,各乡镇人民政府、街道办事处。', ['区政府有关部门', '各乡镇人民政府', '街道办事处'], 'a cell'],
    // http://chongchuan.gov.cn/xccqrmzf/msssxm/content/3050375a-7066-4841-b547-49222f1a34fa.html
    ['市政局、环卫处、崇川经济开发区、各街道', ['市政局', '环卫处', '崇川经济开发区', '各街道'], 'a cell'],
    ['崇川经济开发区、相关街道', ['崇川经济开发区', '相关街道'], 'a cell'],
    // https://gwyoo.com/article/xzgaoshou/gongzhuo/201104/430760.html
    [
      '公安分局、区监察局、发改局、贸工局、教育局、财政局、建设(住宅)局、文化局、卫生局、审计局、城管(执法)局、旧改办、政府采购中心、口岸交警大队、市消防特勤大队、市场监督管理分局、市邮政局报刊发行分局、供电局、市燃气集团、电信分公司',
      ['公安分局', '区监察局', '发改局', '贸工局', '教育局', '财政局', '建设(住宅)局', '文化局', '卫生局', '审计局', '城管(执法)局', '旧改办', '政府采购中心', '口岸交警大队', '市消防特勤大队', '市场监督管理分局', '市邮政局报刊发行分局', '供电局', '市燃气集团', '电信分公司'],
      'brackets inside names',
    ],
    // http://www.fymate.net/html/text/lar/169383/16938349_1.html
    ['各县(市、区)政府,市财政局、国家税务局、地方税务局、金融办、人民银行、银监局', ['各县(市、区)政府', '市财政局', '国家税务局', '地方税务局', '金融办', '人民银行', '银监局'], 'a bracket with 、 inside'],
    // http://www.dingqianjf.com/news/show/134/1542380_0.html (安徽省, traditional)
    ['省住房城鄉建設廳,各市、縣人民政府', ['省住房城鄉建設廳', '各市、縣人民政府'], '各市、县 is one collective'],
    // http://zwgk.cangzhou.gov.cn/article5_new.jsp?infoId=25581
    ['各县(市、区)人民政府,渤海新区、开发区、高新区管委会,市政府有关部门', ['各县(市、区)人民政府', '渤海新区', '开发区', '高新区管委会', '市政府有关部门'], 'an address line'],
    // https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/szfwj_5734496/lpsfbf_5734500/202010/t20201015_64096918.html
    ['各县、市、特区、区人民政府,六盘水高新区管委会、各经济开发区管委会', ['各县、市、特区、区人民政府', '六盘水高新区管委会', '各经济开发区管委会'], 'levels joined'],
    // http://cni.top/html/2017/pioneerpolicy_1028/26711.html (天津市)
    ['各乡镇、街道,县直各部门', ['各乡镇、街道', '县直各部门'], 'a lone 街道 shares 各'],
    ['各区人民政府,各委、局,各直属单位', ['各区人民政府', '各委、局', '各直属单位'], 'a lone 局 shares 各'],
    // https://dzrdoor.com/bgs/info/1131/3781.html (菏泽市)
    ['各县区人民政府 (管委会),市政府各部门、各直属机构,市属各企业,各大中专院校', ['各县区人民政府 (管委会)', '市政府各部门', '各直属机构', '市属各企业', '各大中专院校'], 'a space before a bracket'],
    // test/fixtures/corpus/xietang-2018
    ['党政、宣传条线', ['党政条线', '宣传条线'], 'a shared suffix'],
    ['组织、纪检、宣传条线', ['组织条线', '纪检条线', '宣传条线'], 'a shared suffix'],
    ['党政、宣傳條線', ['党政條線', '宣傳條線'], 'a shared suffix lent as written'],
    // https://33jin.com/a/news/quote/2023/0409/3138.html (广东省 2023, as the copy has it)
    ['省发展改革委、交通运输厅、水利厅、能源局等省有关部门和各地级以上市人民政府', ['省发展改革委', '交通运输厅', '水利厅', '能源局', '各地级以上市人民政府'], '等省有关部门 is left out'],
    // http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (國辦函〔2014〕31號)
    ['中央農辦、農業部、財政部、科技部、國土資源部、水利部、商務部、統計局、糧食局等部門', ['中央農辦', '農業部', '財政部', '科技部', '國土資源部', '水利部', '商務部', '統計局', '糧食局'], '等部門, traditional'],
    // http://law.foodmate.net/show-219854.html
    ['省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责', ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心'], '按职责分工负责'],
    ['由区发改局、区财政局等部门', ['区发改局', '区财政局'], '由 and 等部门'],
    ['请区教育局等有关单位', ['区教育局'], '请 and 等有关单位'],
    ['会同区卫健委等相关部门', ['区卫健委'], '会同 and 等相关部门'],
    ['区民政局等', ['区民政局'], '等'],
    ['国务院各部门分别负责', ['国务院各部门'], '分别负责'],
    ['各地各部门按职责分工负责', ['各地各部门'], '按职责分工负责'],
  ];
  it.each(cases)('%s → %j (%s)', (text, names) => {
    expect(splitUnitList(text)).toEqual(names);
  });
  it.each(cases)('every name of %s looks like a unit', (text, names) => {
    for (const name of names) expect(looksLikeUnit(name), name).toBe(true);
  });
  it.each(cases)('full-width: %s', (text, names) => {
    expect(splitUnitList(fullWidth(text))).toEqual(names.map(fullWidth));
  });

  it('keeps names as written (full-width brackets, traditional script)', () => {
    expect(splitUnitList('省發改委（省能源局）、各縣（市、區）人民政府')).toEqual(['省發改委（省能源局）', '各縣（市、區）人民政府']);
  });

  it('looksLikeUnitList refuses a list with one cut-off or clause item', () => {
    expect(looksLikeUnitList('区发改局、区财政局')).toBe(true);
    expect(looksLikeUnitList('区发改局、区')).toBe(false);
    expect(looksLikeUnitList('加强部门协作、形成合力')).toBe(false);
  });
});

describe('collectives and alias cores', () => {
  it.each(['各街道', '各有关单位', '各县（市、区）', '国务院各部门', '县政府有关部门', '有关单位', '相关街道', '市直各部门'])('%s is collective', (name) => {
    expect(isCollective(name)).toBe(true);
  });
  it.each(['区发改局', '宣传条线', '县人民政府', '区纪委监委'])('%s is one body', (name) => {
    expect(isCollective(name)).toBe(false);
  });
  it('nameCore meets 各级/街道各 and traditional/simplified forms', () => {
    expect(nameCore('各级党组织')).toBe(nameCore('街道各党组织'));
    expect(nameCore('州直各有關單位')).toBe(nameCore('州直各有关单位'));
  });
  it('withoutPlacePrefix drops the level word as written', () => {
    expect(withoutPlacePrefix('街道党政条线')).toBe('党政条线');
    expect(withoutPlacePrefix('區發改局')).toBe('發改局');
    expect(withoutPlacePrefix('宣传条线')).toBeUndefined();
    expect(withoutPlacePrefix('区委')).toBeUndefined();
  });
});
