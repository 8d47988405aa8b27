import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/import/index.js';

describe('what a document says about itself', () => {
  it('a red-head document: issuer from the head, the document number, the date under the signature in Chinese numerals', () => {
    const text = [
      '中共斜塘街道工作委员会文件',
      '斜委发〔2018〕12号',
      '关于开展解放思想大讨论活动的实施方案',
      '一、重点工作',
      '（一）召开动员大会（牵头单位：党政办）',
      '中共斜塘街道工作委员会',
      '二〇一八年五月二日',
    ].join('\n');
    const draft = buildDraft(text);
    expect(draft.plan).toMatchObject({ issuer: '中共斜塘街道工作委员会', docNumber: '斜委发〔2018〕12号', issued: '2018-05-02', year: 2018 });
    // Neither the head, the number nor the signature becomes a task.
    expect(draft.phases.flatMap((p) => p.tasks).map((t) => t.title)).toEqual(['召开动员大会']);
  });

  it('a number cited in the preamble is not the document’s own', () => {
    const text = ['某区2020年稳就业工作方案', '根据《国务院关于做好稳就业工作的意见》（国发〔2019〕28号）要求，制定本方案。', '一、重点任务', '（一）开展招聘活动（牵头单位：区人社局）'].join('\n');
    const draft = buildDraft(text);
    expect(draft.plan.docNumber).toBeUndefined();
    expect(draft.plan.year).toBe(2020);
  });

  it('the signer above a digit date when there is no red head', () => {
    const text = ['某镇2021年河长制工作要点', '一、重点任务', '1.开展河道清理（牵头单位：镇水利站，2021年6月底前）', '某镇人民政府', '2021年3月12日'].join('\n');
    expect(buildDraft(text).plan).toMatchObject({ issuer: '某镇人民政府', issued: '2021-03-12' });
  });

  // 车间 2009 安全生产月: 活动时间 gives the plan period, so undated items are due when it ends.
  it('a labelled period (活动时间：2009年6月1日至30日) is the plan period', () => {
    const draft = buildDraft(['车间2009年安全生产月活动实施方案', '三、活动时间和主题:', '活动时间: 2009 年 6 月 1 日至 30 日。', '四、活动内容:', '(一)各工段张贴安全宣传横幅和挂图。'].join('\n'));
    expect(draft.plan.period).toBe('2009 年 6 月 1 日至 30 日');
    expect(draft.phases[0]?.when).toBe('2009 年 6 月 1 日至 30 日');
  });

  // 滁州市 2020 (chuzhou.gov.cn): the notice names the plan without 印发.
  it('a notice 关于X的通知 names the plan when X is a plan’s name', () => {
    const draft = buildDraft(['【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知', '一、确保完成全年主要预期目标', '1. 地区生产总值增长8%以上。', '牵头责任单位:市发展改革委。'].join('\n'));
    expect(draft.plan).toMatchObject({ title: '2020年市政府重点工作及责任分解', year: 2020 });
  });
});
