import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';

// A document often names the lead again among the 配合单位 (牵头:党政办;配合:党政办、宣传办).
// The lead answers for the task: listing it as support too would count it twice in the outputs
// (task lists per unit, calendars), so the resolved support leaves out every lead unit, however
// the plan spells it (id, name, alias, document-style list).
const plan = `plan: { id: owners, title: 责任单位, year: 2018 }
units:
  dangzheng: { name: 党政条线, aliases: [党政办] }
  xuanchuan: 宣传条线
  zuzhi: 组织条线
phases:
  - id: p1
    title: 阶段一
    when: 5月
    tasks:
      - { id: by-id, title: 同一编号, lead: dangzheng, support: [dangzheng, xuanchuan] }
      - { id: by-alias, title: 别名, lead: 党政条线, support: 党政办、宣传条线 }
      - { id: two-leads, title: 两个牵头, lead: 党政、组织条线, support: [组织条线, 宣传条线, dangzheng] }
      - { id: only-lead, title: 只有牵头, lead: dangzheng, support: 党政条线 }
measures:
  - { id: measure, title: 措施, lead: xuanchuan, support: [宣传条线, zuzhi] }
`;

describe('support is de-duplicated against lead', () => {
  const { plan: resolved, diagnostics } = compile({ path: 'owners.yaml', text: plan });
  const owners = Object.fromEntries([...resolved!.phases.flatMap((p) => p.tasks), ...resolved!.measures].map((t) => [t.id, { lead: t.lead, support: t.support }]));

  it('compiles without complaint', () => {
    expect(diagnostics).toEqual([]);
  });

  it('leaves every lead unit out of support, and keeps the others in order', () => {
    expect(owners).toEqual({
      'by-id': { lead: ['dangzheng'], support: ['xuanchuan'] },
      'by-alias': { lead: ['dangzheng'], support: ['xuanchuan'] },
      'two-leads': { lead: ['dangzheng', 'zuzhi'], support: ['xuanchuan'] },
      'only-lead': { lead: ['dangzheng'], support: [] },
      measure: { lead: ['xuanchuan'], support: ['zuzhi'] },
    });
  });
});
