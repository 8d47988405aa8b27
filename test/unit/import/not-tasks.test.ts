import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/import/index.js';

const titles = (text: string) => {
  const draft = buildDraft(text, { year: 2021 });
  return [...draft.phases.flatMap((p) => p.tasks), ...draft.measures].map((t) => t.title);
};

describe('what never becomes a task', () => {
  it('a leading group with its 组长/副组长/成员 lines', () => {
    const got = titles(
      [
        '某镇2021年人居环境整治实施方案',
        '一、成立领导小组',
        '组  长：张某某（镇党委书记）',
        '副组长：李某某（镇长）',
        '成  员：王某某、赵某某、各村（社区）党支部书记',
        '领导小组下设办公室，办公室设在镇农业农村办，负责日常工作。',
        '二、工作任务',
        '（一）开展村庄清洁行动（牵头单位：镇农业农村办，2021年6月底前）',
      ].join('\n'),
    );
    expect(got).toEqual(['开展村庄清洁行动']);
  });

  it('附件 lines and the list of attachments', () => {
    const got = titles(['某区2021年工作方案', '一、重点任务', '1.完成老旧小区改造（牵头单位：区住建局）', '附件：1.重点任务分工表', '2.联系人名单'].join('\n'));
    expect(got).toEqual(['完成老旧小区改造']);
  });
});
