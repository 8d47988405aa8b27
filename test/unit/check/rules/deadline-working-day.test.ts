import deadlineWorkingDay from '../../../../src/check/rules/deadline-working-day.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

// The message names the previous working day from the statutory calendar: these cases pin it
// where it is not simply "the day before" (a break, an adjusted working Sunday).
const plan = (due: string) => `plan: { id: deadlines, title: 截止, year: 2018 }
units: { dangzheng: 党政条线 }
phases:
  - id: p1
    title: 阶段一
    when: 5月至12月
    tasks:
      - id: t1
        title: 任务一
        lead: dangzheng
        due: ${due}
`;

ruleTester(deadlineWorkingDay, {
  valid: [{ name: 'a deadline on the adjusted working Sunday 2018-09-30', code: plan('9月30日前') }],
  invalid: [
    {
      name: 'a Sunday deadline: the previous working day is the Friday',
      code: plan('5月20日前'),
      errors: [
        {
          messageId: 'offDay',
          line: 11,
          column: 14,
          message: "Task 't1' is due 2018-05-20, a weekend; the previous working day is 2018-05-18.",
          messageZh: '任务“t1”的完成时限2018-05-20是周末;前一个工作日是2018-05-18。',
        },
      ],
    },
    {
      name: 'a deadline in the National Day break: the previous working day is the adjusted Sunday before it',
      code: plan('10月3日前'),
      errors: [
        {
          messageId: 'offDay',
          line: 11,
          message: "Task 't1' is due 2018-10-03, a day of the 国庆节 break; the previous working day is 2018-09-30.",
          messageZh: '任务“t1”的完成时限2018-10-03是国庆节假期;前一个工作日是2018-09-30。',
        },
      ],
    },
  ],
});
