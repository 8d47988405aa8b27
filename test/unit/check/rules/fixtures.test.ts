import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/check/rules/index.js';
import { ruleFixtures } from '../../../helpers/rule-fixtures.js';
import { ruleTester } from '../../../helpers/rule-tester.js';

// Every registered rule, through the real pipeline, on its marked files in test/fixtures/rules/.
for (const rule of rules) ruleTester(rule, ruleFixtures(rule.meta.id));

/** Message ids no plan can produce through the pipeline; each is tested on a hand-built plan instead. */
const unreachable = new Set(['lead-accountable:noLead']); // the schema requires a lead (unitRefs, minItems 1)

describe('every rule has marked fixtures', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s: a valid file, an invalid one per message id, and options cases', (_, rule) => {
    const { valid, invalid } = ruleFixtures(rule.meta.id);
    expect(valid.length).toBeGreaterThan(0);
    const reported = new Set(invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
    const wanted = Object.keys(rule.meta.messages).filter((id) => !unreachable.has(`${rule.meta.id}:${id}`));
    expect([...reported].sort()).toEqual(wanted.sort());
    if (rule.meta.optionsSchema) {
      // A rule with options is tested with them changed: one file it accepts and one it reports.
      expect(valid.some((c) => c.options !== undefined)).toBe(true);
      expect(invalid.some((c) => c.options !== undefined)).toBe(true);
    }
  });
});
