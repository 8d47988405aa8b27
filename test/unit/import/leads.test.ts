import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/import/index.js';
import { splitByActor } from '../../../src/import/layout.js';
import { looksLikeUnit, splitUnitList } from '../../../src/import/unit-names.js';

const tasks = (text: string) => buildDraft(text, { year: 2017 }).phases.flatMap((p) => p.tasks);

describe('who leads, as documents say it', () => {
  // 运城市 2017 责任分解: four items, then one line naming the units of all four.
  it('one （责任单位：…） line after a group of items is the whole group’s', () => {
    const got = tasks(['某市规划责任分解', '（一）完善应急预案体系', '1.加强应急预案管理。', '2.推进应急预案精编化。', '3.加强应急预案演练。', '（责任单位：市直各有关单位、各开发区管委会）'].join('\n'));
    expect(got.map((t) => t.lead)).toEqual([0, 1, 2].map(() => ['市直各有关单位', '各开发区管委会']));
  });

  it('but an item with its own units keeps them, and the line stays the last item’s', () => {
    const got = tasks(['某市规划责任分解', '（一）完善体系', '1.加强预案管理。（牵头单位：市应急局）', '2.推进精编化。', '（责任单位：市司法局）'].join('\n'));
    expect(got.map((t) => t.lead)).toEqual([['市应急局'], ['市司法局']]);
  });

  // 北京市 2010 百日整治 (fsou.com): the item opens with its units.
  it('a first sentence that is only units names the lead; the title is the work', () => {
    const [task] = tasks(['某市整治行动方案', '（十六）各区县政府和地区管委会。落实属地责任，制定专项整治方案和应急预案。'].join('\n'));
    expect(task?.lead).toEqual(['各区县政府', '地区管委会']);
    expect(task?.title).toBe('落实属地责任');
  });

  it('a first sentence of work that ends like a name is not a unit', () => {
    const [task] = tasks(['某省行动计划部门分工', '2.新建项目禁止配套建设自备燃煤电站。耗煤项目要实行煤炭减量替代。'].join('\n'));
    expect(task?.lead).toEqual(['牵头单位待定']);
  });

  // 伊犁州 2011 环保专项行动 (fsou.com): (州环保局) names the office just mentioned.
  it('a bracket right after a unit’s name is its other name, not the item’s units', () => {
    const [task] = tasks(['某州专项行动方案', '㈠ 动员部署阶段(4月-5月中旬)。', '各县(市、口岸)环保专项行动领导小组要制定具体实施方案，于2017年5月20日前报州环保专项行动领导小组办公室(州环保局)。'].join('\n'));
    expect(task?.lead).toEqual(['各县(市、口岸)环保专项行动领导小组']);
  });

  it('二是调查摸底，建立台帐。各区县政府…: who does it is in the second sentence', () => {
    const [task] = tasks(['某市整治行动方案', '1.二是调查摸底，建立台帐。各区县政府和地区管委会对辖区突出问题进行拉网式排查。'].join('\n'));
    expect(task?.lead).toEqual(['各区县政府', '地区管委会']);
  });

  // 滁州市 2020: 市人行 is 人民银行's short name, not 市人行管委会.
  it('a shared ending is lent only where the last name alone has one (党政、宣传条线)', () => {
    expect(splitUnitList('市税务局、滁州海关、市人行、滁州经开区管委会')).toEqual(['市税务局', '滁州海关', '市人行', '滁州经开区管委会']);
    expect(splitUnitList('党政、宣传条线')).toEqual(['党政条线', '宣传条线']);
  });

  // 五城联创 2017: 各牵头单位 is the collective of every lead; 牵头单位 alone is a label.
  it('各牵头单位 is a unit, 牵头单位 is not', () => {
    expect(looksLikeUnit('各牵头单位')).toBe(true);
    expect(looksLikeUnit('牵头单位')).toBe(false);
    const [task] = tasks(['某市五城联创实施方案', '1.各牵头单位建立健全组织领导机构，制定工作方案。'].join('\n'));
    expect(task?.lead).toEqual(['各牵头单位']);
  });

  // 黑龙江 2005 环保专项行动: one collective, the governments of every 行署, city and county.
  it('level words share the government after them, and a 各… body just before them', () => {
    expect(splitUnitList('各行署、市、县政府')).toEqual(['各行署、市、县政府']);
    expect(looksLikeUnit('各行署、市、县政府')).toBe(true);
    expect(splitUnitList('各县、市、区人民政府,市政府各部门')).toEqual(['各县、市、区人民政府', '市政府各部门']);
    // 乡 before other bodies is a body of its own.
    expect(splitUnitList('乡、各街道、各社区和各成员单位')).toEqual(['乡', '各街道', '各社区', '各成员单位']);
  });

  it('部署 and 安排 end work, not names', () => {
    expect(looksLikeUnit('系统安排部署')).toBe(false);
  });

  // 北京市 2010 百日整治: a heading sentence, then every unit that acts.
  it('after a heading sentence, all the units that open the next sentences lead', () => {
    const [task] = tasks(['某市整治行动方案', '1.四是加强宣传，营造良好舆论氛围。市整治行动领导小组办公室统一印制宣传资料。各区县政府要在重点区域设置宣传站。'].join('\n'));
    expect(task?.lead).toEqual(['市整治行动领导小组办公室', '各区县政府']);
  });
});

describe('a stage described one actor at a time', () => {
  // 2005 省环保专项行动 (fymate.net): each sentence opening with other units is another task.
  it('is split where another unit acts; sentences naming nobody stay with the one before', () => {
    expect(splitByActor('各行署、市、县政府对辖区内重点污染问题进行深入检查。在此基础上确定省级挂牌督办名单。各地市环保专项行动领导小组要于7月15日前将检查情况报省办公室。')).toEqual([
      '各行署、市、县政府对辖区内重点污染问题进行深入检查。在此基础上确定省级挂牌督办名单。',
      '各地市环保专项行动领导小组要于7月15日前将检查情况报省办公室。',
    ]);
  });

  it('stays whole when it opens with no actor', () => {
    const text = '一是召开全市动员部署大会。各区县政府建立健全组织机构。';
    expect(splitByActor(text)).toEqual([text]);
  });
});

describe('a heading over paragraphs, one unit each', () => {
  // 2018年街道文明社区建设实施方案 (test/fixtures/corpus/2018-jiedao-wenming-shequ.txt): 三.工作任务 is
  // one paragraph on how the work is organised, then one paragraph per community.
  const text = [
    '某街道文明社区建设实施方案',
    '一.工作任务',
    '坚持以点带面的工作思路,做到工作有规划、有部署、有总结。',
    '晨光社区突出绿化、美化,成立社区秧歌队。',
    '东田社区突出社区服务中心特色将社区服务中心兴建起来。',
    '活动经费由社区自筹。',
    '华宇社区突出科技特色,定期开展科技卫生宣传活动。',
  ].join('\n');

  it('is one task per paragraph that opens with a unit; the paragraphs before them are prose, the ones naming nobody stay with the one before', () => {
    const draft = buildDraft(text, { year: 2018 });
    const got = draft.phases.flatMap((p) => p.tasks);
    expect(got.map((t) => [t.lead, t.detail])).toEqual([
      [['晨光社区'], '晨光社区突出绿化、美化,成立社区秧歌队。'],
      [['东田社区'], '东田社区突出社区服务中心特色将社区服务中心兴建起来。\n活动经费由社区自筹。'],
      [['华宇社区'], '华宇社区突出科技特色,定期开展科技卫生宣传活动。'],
    ]);
    expect(draft.document.sections).toContainEqual({ heading: '一.工作任务', paragraphs: ['坚持以点带面的工作思路,做到工作有规划、有部署、有总结。'] });
  });

  it('stays one task when only one unit acts', () => {
    const one = ['某街道方案', '一.工作任务', '晨光社区突出绿化、美化。', '成立社区秧歌队。'].join('\n');
    expect(tasks(one).map((t) => t.lead)).toEqual([['晨光社区']]);
  });
});
