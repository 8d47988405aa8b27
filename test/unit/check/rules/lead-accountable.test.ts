import leadAccountable from '../../../../src/check/rules/lead-accountable.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const plan = (lead: string) => `plan: { id: leads, title: 牵头, year: 2018 }
units:
  dangzheng: 党政条线
  gebumen: { name: 各部门, collective: true }
  gedangzuzhi: { name: 各党组织, collective: true }
phases:
  - id: p1
    title: 阶段一
    when: 5月
    tasks:
      - id: t1
        title: 任务一
        lead: ${lead}
`;

ruleTester(leadAccountable, {
  valid: [{ name: 'an office beside a collective answers for the task', code: plan('[各部门, dangzheng]') }],
  invalid: [
    {
      name: 'names every collective that leads',
      code: plan('[gebumen, gedangzuzhi]'),
      errors: [
        {
          messageId: 'onlyCollective',
          line: 13,
          column: 15,
          message: "Task 't1' is led only by the collective '各部门、各党组织': name an office that answers for it.",
          messageZh: '任务“t1”仅由集合性单位“各部门、各党组织”牵头:请明确一个负责的牵头单位。',
        },
      ],
    },
  ],
});
