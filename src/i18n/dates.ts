import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import { interpolate } from '../diagnostics/interpolate.js';
import type { Language } from './language.js';
import { quotedList } from './messages.js';
import { datesByCode as zhDates } from './catalogue/zh/dates-by-code.js';

/** The scalar at `path` in parsed plan data, if it is a string. */
function valueAt(data: unknown, path: PlanPath): string | undefined {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * src/dates writes its remarks in English (with the position of the text they are about). For
 * Chinese, say the same by code, quoting that text, and keep the nearest accepted forms.
 * Codes, paths and positions are untouched; English passes through as is.
 */
export function localizeDates(diagnostics: readonly Diagnostic[], data: unknown, language: Language): Diagnostic[] {
  if (language === 'en') return [...diagnostics];
  return diagnostics.map((d) => {
    const template = zhDates[d.code];
    // date-kind-mismatch is written by the resolver itself, already in the chosen language.
    if (!template || d.code === 'date-kind-mismatch') return d;
    const written = valueAt(data, d.path) ?? '';
    const text = d.valueRange && d.valueRange.length > 0 ? written.slice(d.valueRange.offset, d.valueRange.offset + d.valueRange.length) : written;
    let message = interpolate(template, { text: text || written });
    if (d.suggestions && d.suggestions.length > 0) message += interpolate(zhDates.suggest!, { names: quotedList('zh', d.suggestions) });
    return { ...d, message };
  });
}
