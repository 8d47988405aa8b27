import { effectiveConfig, type LintConfig } from '../check/lint-config.js';
import { applyDirectives } from '../check/suppress.js';
import { compile, type CompileOptions, type CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlanInput } from './read-plan.js';
import { calendarOption } from './work-calendar.js';

/**
 * Compiles one plan with the rules and severities in force for it (defaults, config file,
 * per-file overrides), then applies the plan's own disable comments.
 */
export function compilePlan(input: PlanInput, config?: LintConfig, extra: Partial<CompileOptions> = {}): CompileResult {
  const { rules, severities } = effectiveConfig(config, input.path);
  const result = compile(input, { rules, ...(config?.lang ? { language: config.lang } : {}), ...calendarOption(undefined), ...extra });
  const relevelled: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    const setting = severities.get(d.code);
    if (setting === 'off') continue;
    relevelled.push(setting ? { ...d, severity: setting } : d);
  }
  return { ...result, diagnostics: applyDirectives(relevelled, result.source?.text ?? input.text) };
}
