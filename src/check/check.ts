import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { InternalError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { AnyRule, RuleServices, RuleVisitors } from './rule.js';
import { ruleMessage } from './rule-words.js';

export interface ConfiguredRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/** Runs every configured rule in one traversal of the plan. */
export function check(
  plan: ResolvedPlan,
  rules: readonly ConfiguredRule[],
  services: RuleServices = {},
  language: Language = 'en',
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const active: { id: string; visitors: RuleVisitors }[] = rules.map(({ rule, severity, options }) => {
    const visitors = rule.create({
      plan,
      options,
      services,
      words: (key, data) => t(language, key, data),
      report(report) {
        diagnostics.push({
          code: rule.meta.id,
          stage: 'check',
          severity,
          path: report.path,
          message: ruleMessage(language, rule.meta.id, report.messageId, report.data),
          ...(report.related ? { related: report.related } : {}),
          ...(report.atKey ? { atKey: true } : {}),
          ...(report.suggestions ? { suggestions: report.suggestions } : {}),
          ...(report.span ? { span: report.span } : {}),
        });
      },
    });
    return { id: rule.meta.id, visitors };
  });
  // A throwing rule is a bug in that rule: name it, so the report says where to look.
  const each = (call: (v: RuleVisitors) => void) => {
    for (const { id, visitors } of active) {
      try {
        call(visitors);
      } catch (error) {
        throw new InternalError(`Rule '${id}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  };
  for (const unit of plan.units) each((v) => v.unit?.(unit));
  plan.phases.forEach((phase, index) => {
    each((v) => v.phase?.(phase, index));
    for (const task of phase.tasks) each((v) => v.task?.(task, phase));
  });
  for (const measure of plan.measures) each((v) => v.task?.(measure, undefined));
  each((v) => v['plan:exit']?.(plan));
  return diagnostics;
}
