import type { Severity, Stage } from './diagnostic.js';

interface CodeInfo {
  readonly stage: Stage;
  readonly severity: Severity;
}

/**
 * Diagnostics raised by the pipeline stages themselves (rules describe their own codes in
 * `meta`). `plan rules` and the README list these too, with the description each has in the
 * catalogues (`rules.stage.<code>.description`, src/i18n/catalogue/{en,zh}/rules.ts).
 */
export const stageCodes = {
  'yaml-syntax': { stage: 'load', severity: 'error' },
  'yaml-duplicate-key': { stage: 'load', severity: 'error' },
  'yaml-warning': { stage: 'load', severity: 'warning' },
  'yaml-limit': { stage: 'load', severity: 'error' },
  'encoding-invalid': { stage: 'load', severity: 'error' },
  'schema-unknown-key': { stage: 'validate', severity: 'error' },
  'schema-required': { stage: 'validate', severity: 'error' },
  'schema-type': { stage: 'validate', severity: 'error' },
  'schema-format': { stage: 'validate', severity: 'error' },
  'schema-enum': { stage: 'validate', severity: 'error' },
  'schema-range': { stage: 'validate', severity: 'error' },
  'schema-invalid': { stage: 'validate', severity: 'error' },
  'plan-year-missing': { stage: 'resolve', severity: 'error' },
  'duplicate-id': { stage: 'resolve', severity: 'error' },
  'unit-name-duplicate': { stage: 'resolve', severity: 'error' },
  'unknown-unit': { stage: 'resolve', severity: 'error' },
  'timezone-unknown': { stage: 'resolve', severity: 'error' },
  'date-unparseable': { stage: 'resolve', severity: 'error' },
  'date-impossible': { stage: 'resolve', severity: 'error' },
  'date-needs-anchor': { stage: 'resolve', severity: 'error' },
  'date-needs-dates': { stage: 'resolve', severity: 'error' },
  'date-holiday-data-missing': { stage: 'resolve', severity: 'error' },
  'date-ambiguous': { stage: 'resolve', severity: 'warning' },
  'date-year-rollover': { stage: 'resolve', severity: 'warning' },
  'date-placeholder-year': { stage: 'resolve', severity: 'warning' },
  'date-weekday-mismatch': { stage: 'resolve', severity: 'warning' },
  'date-typo': { stage: 'resolve', severity: 'warning' },
  'date-fuzzy': { stage: 'resolve', severity: 'info' },
  'date-kind-mismatch': { stage: 'resolve', severity: 'error' },
  'yaml-fullwidth-colon': { stage: 'load', severity: 'error' },
  'yaml-fullwidth-space': { stage: 'load', severity: 'error' },
  'yaml-tab-indent': { stage: 'load', severity: 'error' },
  'yaml-fullwidth-dash': { stage: 'load', severity: 'error' },
  'yaml-missing-colon': { stage: 'load', severity: 'error' },
  'yaml-missing-space': { stage: 'load', severity: 'error' },
  'yaml-unclosed-quote': { stage: 'load', severity: 'error' },
  'yaml-broken-value': { stage: 'load', severity: 'error' },
  'yaml-folded-value': { stage: 'load', severity: 'warning' },
  'yaml-chinese-key': { stage: 'validate', severity: 'error' },
  'progress-plan-mismatch': { stage: 'resolve', severity: 'error' },
  'progress-unknown-task': { stage: 'resolve', severity: 'error' },
  'progress-unknown-unit': { stage: 'resolve', severity: 'error' },
  'progress-invalid-date': { stage: 'resolve', severity: 'error' },
  'multi-plan-id-duplicate': { stage: 'resolve', severity: 'error' },
  'multi-unit-id-conflict': { stage: 'resolve', severity: 'error' },
  'multi-unit-ambiguous': { stage: 'resolve', severity: 'error' },
} as const satisfies Record<string, CodeInfo>;

export type StageCode = keyof typeof stageCodes;
