import unitUsed from '../../../../src/check/rules/unit-used.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

ruleTester(unitUsed, {
  valid: [
    {
      name: 'a unit named only among the supporting units is used',
      code: `plan: { id: support-only, title: 配合, year: 2018 }
units:
  dangzheng: 党政条线
  xuanchuan: 宣传条线
phases:
  - { id: p1, title: 阶段一, when: 5月, tasks: [{ id: t1, title: 任务一, lead: dangzheng, support: 宣传条线 }] }
`,
    },
  ],
  invalid: [
    {
      name: 'names the unused unit by id and name, at its key',
      code: `plan: { id: idle, title: 闲置, year: 2018 }
units:
  dangzheng: 党政条线
  idle: 闲置单位
phases:
  - { id: p1, title: 阶段一, when: 5月, tasks: [{ id: t1, title: 任务一, lead: dangzheng }] }
`,
      errors: [
        {
          messageId: 'unused',
          line: 4,
          column: 3,
          message: "Unit 'idle' (闲置单位) is declared but owns no task: remove it or assign it work.",
          messageZh: '单位“闲置单位”(idle)已声明但没有任何任务:请删除或分配任务。',
        },
      ],
    },
  ],
});
