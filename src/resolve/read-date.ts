import type { Diagnostic, PlanPath, Severity } from '../diagnostics/diagnostic.js';
import { resolveDate } from '../dates/resolve-date.js';
import { stageCodes } from '../diagnostics/codes.js';
import type { DateContext, DateNote, ResolvedDate } from '../dates/types.js';
import { withSuggestions } from '../i18n/dates.js';
import type { RawDateExpression } from '../validate/raw-plan.js';

export type WorkingCalendar = Parameters<typeof resolveDate>[2];

export interface ReadDate {
  readonly value?: ResolvedDate;
  /** The expression as written, for `source` fields and calendar descriptions. */
  readonly written: string;
}

// The catalogue gives each remark's severity; a remark it does not know is a warning.
const noteSeverity = stageCodes as Readonly<Record<string, { severity: Severity }>>;

function noteToDiagnostic(note: DateNote, path: PlanPath, severity: Severity): Diagnostic {
  return {
    code: note.code,
    stage: 'resolve',
    severity,
    path,
    message: note.message,
    valueRange: { offset: note.offset, length: note.length },
  };
}

/**
 * Reads one date expression of the plan; problems go to `diagnostics` pointing into the
 * expression itself. A `{start, end}` map reads each side on its own.
 */
export function readDate(
  raw: RawDateExpression,
  context: DateContext,
  path: PlanPath,
  diagnostics: Diagnostic[],
  calendar?: WorkingCalendar,
): ReadDate {
  if (typeof raw !== 'string') {
    const start = readDate(raw.start, context, [...path, 'start'], diagnostics, calendar).value;
    const end = readDate(raw.end, { ...context, ...(start ? { reference: start.start } : {}) }, [...path, 'end'], diagnostics, calendar).value;
    const written = `${raw.start}..${raw.end}`;
    if (!start || !end) return { written };
    return { written, value: { kind: 'window', start: start.start, end: end.end } };
  }
  const outcome = resolveDate(raw, context, calendar);
  for (const note of outcome.notes) diagnostics.push(noteToDiagnostic(note, path, noteSeverity[note.code]?.severity ?? 'warning'));
  if (!outcome.ok) {
    const { suggestions } = outcome.error;
    const error = noteToDiagnostic(outcome.error, path, 'error');
    diagnostics.push({
      ...error,
      // The nearest accepted forms belong in the message: that is what a secretary reads.
      ...(suggestions.length > 0 ? { suggestions, message: withSuggestions(context.language ?? 'en', error.message, suggestions) } : {}),
    });
    return { written: raw };
  }
  return { written: raw, value: outcome.value };
}
