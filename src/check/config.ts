import type { ConfiguredRule } from './check.js';
import { rules } from './rules/index.js';

/** The rules that are on by default, at their default severity and options. */
export function defaultRules(): ConfiguredRule[] {
  return rules
    .filter((rule) => rule.meta.defaultSeverity !== 'off')
    .map((rule) => ({ rule, severity: rule.meta.defaultSeverity as 'error' | 'warning' | 'info', options: rule.meta.defaultOptions }));
}
