import type { Severity, Stage } from './diagnostic.js';

interface CodeInfo {
  readonly stage: Stage;
  readonly severity: Severity;
  readonly description: string;
}

/**
 * Diagnostics raised by the pipeline stages themselves (rules describe their own codes in
 * `meta`). `plan rules` and the README list these too.
 */
export const stageCodes = {
  'yaml-syntax': { stage: 'load', severity: 'error', description: 'The file is not well-formed YAML.' },
  'yaml-duplicate-key': { stage: 'load', severity: 'error', description: 'A key appears twice in the same mapping.' },
  'yaml-warning': { stage: 'load', severity: 'warning', description: 'The YAML parser has a remark (an unknown tag, for example).' },
  'yaml-limit': { stage: 'load', severity: 'error', description: 'The file exceeds a safety limit (size, aliases, nesting).' },
  'encoding-invalid': { stage: 'load', severity: 'error', description: 'The file is not valid UTF-8 or contains NUL bytes.' },
  'schema-unknown-key': { stage: 'validate', severity: 'error', description: 'A key the plan format does not define (typos must not pass silently; use an x- prefix for your own keys).' },
  'schema-required': { stage: 'validate', severity: 'error', description: 'A required key is missing.' },
  'schema-type': { stage: 'validate', severity: 'error', description: 'A value has the wrong type.' },
  'schema-format': { stage: 'validate', severity: 'error', description: 'A value does not have the required form (id, ISO date, …).' },
  'schema-enum': { stage: 'validate', severity: 'error', description: 'A value is not one of the allowed choices.' },
  'schema-range': { stage: 'validate', severity: 'error', description: 'A number, text or list is too small or too large.' },
  'schema-invalid': { stage: 'validate', severity: 'error', description: 'A value does not match the plan format.' },
  'plan-year-missing': { stage: 'resolve', severity: 'error', description: 'No plan year: dates written without a year cannot be placed.' },
  'duplicate-id': { stage: 'resolve', severity: 'error', description: 'Two phases, tasks, measures or events share an id (calendar UIDs depend on ids).' },
  'unit-name-duplicate': { stage: 'resolve', severity: 'error', description: 'Two units share a name or alias, so references to it are ambiguous.' },
  'unknown-unit': { stage: 'resolve', severity: 'error', description: 'A lead or support reference names no declared unit.' },
  'date-unparseable': { stage: 'resolve', severity: 'error', description: 'A date expression could not be read.' },
  'date-impossible': { stage: 'resolve', severity: 'error', description: 'A date expression names a day that does not exist (2月30日, 13月).' },
  'date-needs-anchor': { stage: 'resolve', severity: 'error', description: 'A relative expression (N个工作日内, 明年) needs plan.issued.' },
  'date-needs-dates': { stage: 'resolve', severity: 'error', description: 'A period whose dates change every year or place (两会期间, 汛期, 开学前后): write its dates.' },
  'date-holiday-data-missing': { stage: 'resolve', severity: 'error', description: 'Working days were asked of a year the holiday data does not cover.' },
  'date-ambiguous': { stage: 'resolve', severity: 'warning', description: 'A date with two readings (6月前: by May 31, or by June 30?); write 6月底前 or 5月底前.' },
  'date-year-rollover': { stage: 'resolve', severity: 'warning', description: 'A range whose end month comes before its start month was read as running into the next year.' },
  'date-placeholder-year': { stage: 'resolve', severity: 'warning', description: 'A template year (20**年) was read as the plan year.' },
  'date-weekday-mismatch': { stage: 'resolve', severity: 'warning', description: 'A weekday written next to a date (星期六) is not that date’s weekday.' },
  'date-typo': { stage: 'resolve', severity: 'warning', description: 'A date with a likely typo was read anyway (4月15前 for 4月15日前).' },
  'date-fuzzy': { stage: 'resolve', severity: 'info', description: 'A reading by convention (月初 = 上旬, 月底 as the start of a range).' },
  'date-kind-mismatch': { stage: 'resolve', severity: 'error', description: 'A date expression of the wrong kind for its key (a recurrence as a deadline, …).' },
  'yaml-fullwidth-colon': { stage: 'load', severity: 'error', description: 'A full-width colon ： after a key where YAML needs `: ` (plan lint --fix repairs it).' },
  'yaml-fullwidth-space': { stage: 'load', severity: 'error', description: 'A full-width space 　 in the indentation or after a dash or colon (plan lint --fix repairs it).' },
  'yaml-tab-indent': { stage: 'load', severity: 'error', description: 'A tab in the indentation; YAML indents with spaces (plan lint --fix repairs it).' },
  'yaml-fullwidth-dash': { stage: 'load', severity: 'error', description: 'A list item started with －, — or – instead of `- ` (plan lint --fix repairs it).' },
  'yaml-missing-colon': { stage: 'load', severity: 'error', description: 'A key without its colon (`title 会议`).' },
  'yaml-missing-space': { stage: 'load', severity: 'error', description: 'A key whose colon has no space after it (`title:会议`), which YAML reads as one word (plan lint --fix repairs it).' },
  'yaml-unclosed-quote': { stage: 'load', severity: 'error', description: 'A quote that is never closed, or closed with a Chinese quote ” (points at the opening quote).' },
  'yaml-broken-value': { stage: 'load', severity: 'error', description: 'A value continued on the next line without indentation, which YAML reads as a new key.' },
  'yaml-folded-value': { stage: 'load', severity: 'warning', description: 'A value broken over two lines, which YAML joins with a space between Chinese characters.' },
  'yaml-chinese-key': { stage: 'validate', severity: 'error', description: 'A key typed in Chinese (标题, 牵头单位) where the plan format has an English key (title, lead); plan lint --fix renames it when the place leaves one choice.' },
} as const satisfies Record<string, CodeInfo>;

export type StageCode = keyof typeof stageCodes;
