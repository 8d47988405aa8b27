import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/dates/index.js';
import { buildDraft } from '../../../src/import/index.js';

/** Each phase as title and resolved window, the way the compiler will read it. */
function phases(text: string, year: number) {
  const draft = buildDraft(text, { year });
  const ctx = { year };
  const end = (w: string) => {
    const r = resolveDate(w, ctx);
    return r.ok ? r.value : undefined;
  };
  return draft.phases.map((p) => {
    const when = typeof p.when === 'string' ? end(p.when) : { start: p.when.start, end: end(p.when.end)?.end };
    return { title: p.title, start: when?.start, end: when?.end, tasks: p.tasks.length };
  });
}

describe('phased schedules become phases', () => {
  it('(一)宣传发动阶段(2019年3月) items under 实施步骤, with their work as tasks', () => {
    const text = [
      '某区垃圾分类工作实施方案',
      '一、工作目标',
      '到2019年底,生活垃圾分类覆盖率达到90%。',
      '二、实施步骤',
      '（一）宣传发动阶段（2019年3月）。各街道召开动员大会，区城管局负责制定宣传方案。',
      '（二）自查整改阶段（2019年4月—6月）',
      '各单位对照标准开展自查，区城管局牵头组织抽查。',
      '（三）总结验收阶段（2019年11月至12月）',
      '区政府组织考核验收。',
    ].join('\n');
    expect(phases(text, 2019)).toEqual([
      { title: '宣传发动阶段', start: '2019-03-01', end: '2019-03-31', tasks: 1 },
      { title: '自查整改阶段', start: '2019-04-01', end: '2019-06-30', tasks: 1 },
      { title: '总结验收阶段', start: '2019-11-01', end: '2019-12-31', tasks: 1 },
    ]);
  });

  it('第二阶段:自查整改阶段(2019年4月--6月) and a stage given by its deadline alone', () => {
    const text = [
      '某镇安全生产大检查工作方案',
      '三、工作步骤',
      '第一阶段：摸底排查阶段（2019年4月15日前）',
      '各村（社区）对辖区企业开展摸底排查，建立台账。',
      '第二阶段：自查整改阶段（2019年4月--6月）',
      '各企业对照检查清单开展自查整改。',
    ].join('\n');
    const got = phases(text, 2019);
    expect(got.map((p) => p.title)).toEqual(['摸底排查阶段', '自查整改阶段']);
    expect(got[0]?.end).toBe('2019-04-15');
    expect([got[1]?.start, got[1]?.end]).toEqual(['2019-04-01', '2019-06-30']);
  });

  it('a deadline stage after another starts the day after it ends', () => {
    const text = [
      '某县专项整治实施方案',
      '四、实施步骤',
      '1、动员部署阶段（2011年3月）',
      '召开动员会议，部署专项整治工作。',
      '2、摸底排查阶段（2011年4月15日前）',
      '全面摸清底数。',
    ].join('\n');
    const draft = buildDraft(text, { year: 2011 });
    expect(draft.phases.map((p) => p.when)).toEqual(['2011年3月', { start: '2011-04-01', end: '2011年4月15日前' }]);
  });

  it('a stage named and then dated after a colon: 总结提升阶段:11月至12月', () => {
    const text = ['某街道文明创建活动方案', '五、时间安排', '（一）动员部署阶段：3月1日至3月15日', '制定方案，召开动员会。', '（二）总结提升阶段：11月至12月', '总结经验，表彰先进。'].join('\n');
    expect(phases(text, 2020)).toEqual([
      { title: '动员部署阶段', start: '2020-03-01', end: '2020-03-15', tasks: 1 },
      { title: '总结提升阶段', start: '2020-11-01', end: '2020-12-31', tasks: 1 },
    ]);
  });

  it('a dated heading outside a schedule that is no stage stays a task', () => {
    const text = ['某区重点工作方案', '一、重点任务', '（一）完成老旧小区改造（2019年6月底前，牵头单位：区住建局）'].join('\n');
    const draft = buildDraft(text, { year: 2019 });
    expect(draft.phases.flatMap((p) => p.tasks).map((t) => t.lead)).toEqual([['区住建局']]);
    expect(draft.phases.map((p) => p.title)).not.toContain('完成老旧小区改造');
  });
});

describe('a stage with no dates', () => {
  // 某镇 城乡环境卫生整洁行动 (qiqiwenku): 第一阶段启动宣传阶段。… with no window given.
  it('is a phase over the plan period, with a todo asking for its window', () => {
    const draft = buildDraft(['某镇2020年环境卫生整洁行动方案', '四、实施步骤', '第一阶段启动宣传阶段。各机关、企事业单位和各村委会制定具体实施方案。', '第二阶段实施推进阶段。各村委会清理历史积存垃圾。'].join('\n'), { year: 2020 });
    expect(draft.phases.map((p) => [p.title, p.when, p.tasks.length])).toEqual([
      ['启动宣传阶段', '2020年', 1],
      ['实施推进阶段', '2020年', 1],
    ]);
    expect(draft.phases[0]?.todos.join('\n')).toMatch(/原文未写此阶段的时间/);
  });
});

describe('a month-long activity whose stages give days only', () => {
  // 实验小学“学雷锋”活动方案 (zuowendang.com): 活动时间 三月份, stages (1日——4日) …
  it('completes the days with the period’s month, and says so in a todo', () => {
    const text = ['实验小学“学雷锋”活动方案', '二、活动时间:', '三月份作为文明习惯养成教育月,各班积极开展学雷锋活动。', '三、活动要求:', '第一阶段:主题是“心中的雷锋”(1日——4日)', '3月1日召开主题升旗仪式。', '第二阶段:主题是“雷锋精神伴我行”(7日——18日)', '各中队开展学雷锋系列实践活动。'].join('\n');
    const draft = buildDraft(text, { year: 2022 });
    expect(draft.plan.period).toBe('三月份');
    expect(draft.phases.map((p) => [p.title, p.when])).toEqual([
      ['主题是“心中的雷锋”', { start: '2022-03-01', end: '2022-03-04' }],
      ['主题是“雷锋精神伴我行”', { start: '2022-03-07', end: '2022-03-18' }],
    ]);
    expect(draft.phases[0]?.todos.join('\n')).toMatch(/原文只写了日\(1日——4日\),月份按活动时间补全/);
  });

  it('but leaves days alone when the period spans several months', () => {
    const text = ['某校2022年读书活动方案', '二、活动时间:', '3月至5月。', '三、活动安排:', '第一阶段:启动阶段(1日——4日)', '各班制定读书计划。'].join('\n');
    expect(buildDraft(text, { year: 2022 }).phases.map((p) => p.title)).not.toContain('启动阶段');
  });
});
