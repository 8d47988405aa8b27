import planWithinHolidayData from '../../../../src/check/rules/plan-within-holiday-data.js';
import { workCalendar } from '../../../../src/dates/holidays/plan-calendar.js';
import { expect } from 'vitest';
import { ruleTester } from '../../../helpers/rule-tester.js';

// The published years come from the chinese-days package: read them, so a package update that
// adds a year does not break the test, while the message must still name them.
const { firstYear, lastYear } = workCalendar(undefined).coverage;
const after = lastYear + 1;

const plan = (year: number, due?: string) => `plan:
  id: coverage
  title: 数据范围
  year: ${year}
  period: ${year}年上半年
units: { dangzheng: 党政条线 }
phases:
  - id: p1
    title: 阶段一
    when: 1月至6月
    tasks:
      - id: t1
        title: 任务一
        lead: dangzheng${due ? `\n        due: ${due}` : ''}
`;

ruleTester(planWithinHolidayData, {
  valid: [{ name: 'the last published year', code: plan(lastYear) }],
  invalid: [
    {
      name: 'the year after the last published one',
      code: plan(after),
      errors: [
        {
          messageId: 'pastData',
          line: 5,
          column: 11,
          message: `The plan runs until ${after}-06-30, but holiday arrangements are known only for ${firstYear}–${lastYear}: holidays after ${lastYear} are not checked. Add them under calendar: (holidays, workdays) or pass --holidays FILE when the State Council publishes them.`,
        },
      ],
    },
    {
      // The latest date counts, not the plan's period: a deadline may run past it.
      name: 'a deadline in the year after the last published one',
      code: plan(lastYear, `${after}年1月10日前`),
      errors: [{ messageId: 'pastData', line: 5, column: 11, message: expect.stringContaining(`runs until ${after}-01-10`) }],
    },
  ],
});
