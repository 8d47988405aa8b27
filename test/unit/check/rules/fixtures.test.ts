import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/check/rules/index.js';
import { ruleFixtures } from '../../../helpers/rule-fixtures.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

// Rules that compare two revisions take a base plan the one-file tester cannot give: their marked
// fixture pairs are in test/unit/check/base-rules.test.ts; the progress rules' in progress-rules.test.ts.
const singleFile = rules.filter((r) => !r.meta.needsBase && !r.meta.needsProgress);

// Every registered rule, through the real pipeline, on its marked files in test/fixtures/rules/.
for (const rule of singleFile) ruleTester(rule, ruleFixtures(rule.meta.id));

describe('every rule has marked fixtures', () => {
  it('the rules that need a base are the revision rules (their fixtures are pairs, test/unit/check/base-rules.test.ts)', () => {
    expect(rules.filter((r) => r.meta.needsBase).map((r) => r.meta.id).sort()).toEqual(['deadline-moved-earlier', 'plan-id-changed', 'revision-not-bumped', 'task-id-renamed']);
  });

  it.each(singleFile.map((r) => [r.meta.id, r] as const))('%s: a valid file, an invalid one per message id, and options cases', (_, rule) => {
    const { valid, invalid } = ruleFixtures(rule.meta.id);
    expect(valid.length).toBeGreaterThan(0);
    const reported = new Set(invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
    expect([...reported].sort()).toEqual([...rule.meta.messageIds].sort());
    if (rule.meta.optionsSchema) {
      // A rule with options is tested with them changed: one file it accepts and one it reports.
      expect(valid.some((c) => c.options !== undefined)).toBe(true);
      expect(invalid.some((c) => c.options !== undefined)).toBe(true);
    }
  });
});
