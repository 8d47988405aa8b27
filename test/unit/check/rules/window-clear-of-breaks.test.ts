import windowClearOfBreaks from '../../../../src/check/rules/window-clear-of-breaks.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

const plan = (phaseWhen: string, taskWhen?: string) => `plan: { id: breaks, title: 长假, year: 2018 }
units: { dangzheng: 党政条线 }
phases:
  - id: p1
    title: 阶段一
    when: ${phaseWhen}
    tasks:
      - id: t1
        title: 任务一
        lead: dangzheng${taskWhen ? `\n        when: ${taskWhen}` : ''}
`;

ruleTester(windowClearOfBreaks, {
  valid: [
    { name: 'a long window that merely contains the National Day break', code: plan('10月至12月上旬') },
    { name: 'a task without a window of its own is covered by its phase', code: plan('9月至12月') },
  ],
  invalid: [
    {
      name: '10月上旬 is mostly the National Day break',
      code: plan('10月上旬'),
      errors: [
        {
          messageId: 'swallowed',
          line: 6,
          column: 11,
          message: "Phase 'p1' (2018-10-01 to 2018-10-10) loses 7 of its 10 days to the 国庆节 break (2018-10-01 to 2018-10-07).",
          messageZh: '阶段“p1”(2018-10-01至2018-10-10)共10天,其中7天在国庆节假期(2018-10-01至2018-10-07)内。',
        },
      ],
    },
    {
      // 2018's 中秋 break opens on the Saturday before the festival day (Monday 09-24).
      name: 'a task window and the 中秋 break that runs Saturday to Monday',
      code: plan('9月至12月', '9月21日至26日'),
      errors: [
        {
          messageId: 'swallowed',
          line: 11,
          column: 15,
          message: "Task 't1' (2018-09-21 to 2018-09-26) loses 3 of its 6 days to the 中秋 break (2018-09-22 to 2018-09-24).",
        },
      ],
    },
  ],
});
