import { describe, expect, it } from 'vitest';
import { isFieldLine, readAttribution } from '../../../src/import/attribution.js';
import { buildDraft } from '../../../src/import/index.js';

const ctx = { year: 2020 };

describe('field lines and lists as office documents write them', () => {
  // 滁州市 2020 (chuzhou.gov.cn): three labelled lines under each item.
  it('compound labels: 牵头负责领导 (a person), 牵头责任单位, 协同责任单位', () => {
    expect(isFieldLine('牵头负责领导:金力。')).toBe(true);
    expect(isFieldLine('协同责任单位:市经信局、市商务局等,各县、市、区政府。')).toBe(true);
    const draft = buildDraft(['某市2020年重点工作责任分解', '一、主要预期目标', '1. 地区生产总值增长8%以上。', '牵头负责领导:金力。', '牵头责任单位:市发展改革委。', '协同责任单位:市经信局、市商务局等,各县、市、区政府。'].join('\n'));
    const task = draft.phases[0]?.tasks[0];
    expect(task?.lead).toEqual(['市发展改革委']);
    expect(task?.support).toEqual(['市经信局', '市商务局', '各县、市、区政府']);
    expect(draft.units.map((u) => u.name)).not.toContain('金力');
  });

  // 广东省 2021 分工方案 (粤府〔2021〕22号): 部门分工: X牵头,Y配合.
  it('部门分工: a label over verb forms', () => {
    expect(isFieldLine('部门分工:省发展改革委牵头,各地、各部门配合。')).toBe(true);
    expect(readAttribution('部门分工:省发展改革委牵头,各地、各部门配合。', ctx)).toMatchObject({ lead: ['省发展改革委'], support: ['各地', '各部门'] });
  });

  // 官渡区 2016 稳增长 (kmgd.gov.cn): the list before 配合 is support too.
  it('a bare list between X牵头 and Y配合 is support', () => {
    const a = readAttribution('区发改局牵头,区财政局、区交运局等部门,区国投公司、各街道办事处配合', ctx);
    expect(a).toMatchObject({ lead: ['区发改局'], support: ['区财政局', '区交运局', '区国投公司', '各街道办事处'] });
  });

  it('but a list after a 牵头单位: label stays lead when no verb follows', () => {
    expect(readAttribution('牵头单位:区发改局,区财政局', ctx)).toMatchObject({ lead: ['区发改局', '区财政局'] });
  });
});
