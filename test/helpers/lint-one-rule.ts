import type { Language as MessageLanguage } from '../../src/i18n/language.js';
import type { AnyRule, RuleReport } from '../../src/check/rule.js';
import { ruleMessage } from '../../src/check/rule-words.js';
import { compile } from '../../src/compile.js';

/** One diagnostic as a rule test sees it: where, which rule, which message. */
export interface Found {
  readonly ruleId: string;
  /** Absent only for a diagnostic of another stage or rule (a fixture that does not compile cleanly). */
  readonly messageId?: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface LintOneRule {
  readonly text: string;
  readonly filename?: string;
  /** The rule's options, merged over its defaults the way a config file's are. */
  readonly options?: unknown;
  readonly language: MessageLanguage;
}

/**
 * Compiles plan text through the library's own pipeline (load → validate → resolve → check)
 * with only `rule` configured, so lines and columns are the ones a user sees. The only place the
 * rule tests call `compile()`: when its signature changes, this is the one file to follow it.
 */
export function lintWithOneRule(rule: AnyRule, input: LintOneRule): Found[] {
  const reports: RuleReport<string>[] = [];
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  const result = compile(
    { path: input.filename ?? 'plan.yaml', text: input.text },
    { rules: [{ rule: recording(rule, reports), severity, options: optionsOf(rule, input.options) }], language: input.language },
  );
  const found = result.diagnostics.map((d): Found => {
    // Diagnostics carry no message id; find the report that made this one (same path, same text).
    const report = d.code === rule.meta.id ? reports.find((r) => samePath(r.path, d.path) && ruleMessage(input.language, rule.meta.id, r.messageId, r.data) === d.message) : undefined;
    return { ruleId: d.code, ...(report ? { messageId: report.messageId } : {}), line: d.span?.start.line ?? 0, column: d.span?.start.column ?? 0, message: d.message };
  });
  // The pipeline breaks ties at one position by message text, which differs by language; tests
  // want one order whatever the language: position, then rule, then message id.
  return found.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || (a.messageId ?? '').localeCompare(b.messageId ?? ''));
}

/** The rule, unchanged, except that every report is also written to `log`. */
function recording(rule: AnyRule, log: RuleReport<string>[]): AnyRule {
  return {
    meta: rule.meta,
    create: (context) =>
      rule.create({
        ...context,
        report(report) {
          log.push(report);
          context.report(report);
        },
      }),
  };
}

function optionsOf(rule: AnyRule, options: unknown): unknown {
  if (options === undefined) return rule.meta.defaultOptions;
  return { ...(rule.meta.defaultOptions as object), ...(options as object) };
}

const samePath = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
