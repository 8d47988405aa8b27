import { check } from '../../src/check/check.js';
import type { AnyRule, RuleServices } from '../../src/check/rule.js';
import type { ResolvedPlan } from '../../src/model/plan.js';

/** Runs one rule at its default severity and options; returns `messageId`-free (code, path, message) triples. */
export function runRule(rule: AnyRule, plan: ResolvedPlan, services: RuleServices = {}, options: unknown = rule.meta.defaultOptions) {
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  return check(plan, [{ rule, severity, options }], services).map((d) => ({ path: d.path, message: d.message }));
}
