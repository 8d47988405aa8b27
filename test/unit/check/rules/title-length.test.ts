import titleLength from '../../../../src/check/rules/title-length.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

// The limit is in characters as a reader counts them: code points, so 𠮷 (U+20BB7, two UTF-16
// units) and 🎉 count once. These cases sit on the boundary where UTF-16 units and code points
// disagree: a rule counting `title.length` reports the valid ones and misstates the length.
const plan = (title: string) => `plan: { id: titles, title: 标题, year: 2018 }
units: { dangzheng: 党政条线 }
phases:
  - id: p1
    title: 阶段一
    when: 5月
    tasks:
      - id: t1
        lead: dangzheng
        title: ${title}
`;

const sixty = '𠮷'.repeat(10) + '字'.repeat(50); // 60 characters, 70 UTF-16 units

ruleTester(titleLength, {
  valid: [
    { name: '60 characters, 70 UTF-16 units, at the default limit', code: plan(sixty) },
    { name: 'ten emoji at max 10', code: plan('🎉'.repeat(10)), options: { max: 10 } },
  ],
  invalid: [
    {
      name: '61 characters: the message counts characters, not units',
      code: plan(`${sixty}字`),
      errors: [
        {
          messageId: 'tooLong',
          line: 10,
          column: 16,
          message: "Title of 't1' is 61 characters long (limit 60): move the full text to `detail`.",
          messageZh: '“t1”的标题有61个字(上限60):请把全文移到 detail。',
        },
      ],
    },
    {
      name: 'eleven characters at max 10',
      code: plan('𠮷'.repeat(11)),
      options: { max: 10 },
      errors: [{ messageId: 'tooLong', line: 10, column: 16, message: "Title of 't1' is 11 characters long (limit 10): move the full text to `detail`." }],
    },
  ],
});
