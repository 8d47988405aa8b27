import { effectiveConfig, type LintConfig } from '../check/lint-config.js';
import { applyDirectives } from '../check/suppress.js';
import { compile, type CompileOptions, type CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { baseDiagnostics, locateIn } from '../diff/base.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { PlanInput } from './read-plan.js';
import { calendarOption } from './work-calendar.js';

export interface CompilePlanExtras extends Partial<CompileOptions> {
  /** The previous revision (`plan lint --base OLD`): adds renamed-id and earlier-deadline warnings. */
  readonly base?: ResolvedPlan;
}

/**
 * Compiles one plan with the rules and severities in force for it (defaults, config file,
 * per-file overrides), then applies the plan's own disable comments.
 */
export function compilePlan(input: PlanInput, config?: LintConfig, extras: CompilePlanExtras = {}): CompileResult {
  const { base, ...extra } = extras;
  const { rules, severities } = effectiveConfig(config, input.path);
  const result = compile(input, { rules, ...(config?.lang ? { language: config.lang } : {}), ...calendarOption(undefined), ...extra });
  let found: readonly Diagnostic[] = result.diagnostics;
  if (base && result.plan && result.source) {
    found = sortDiagnostics([...found, ...locateIn(result.source, baseDiagnostics(base, result.plan, result.language ?? 'en'))]);
  }
  const relevelled: Diagnostic[] = [];
  for (const d of found) {
    const setting = severities.get(d.code);
    if (setting === 'off') continue;
    relevelled.push(setting ? { ...d, severity: setting } : d);
  }
  return { ...result, diagnostics: applyDirectives(relevelled, result.source?.text ?? input.text) };
}
