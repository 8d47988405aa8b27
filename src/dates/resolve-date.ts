import { dateMessage } from '../i18n/dates.js';
import type { Language } from '../i18n/language.js';
import { dayNumber, fromDayNumber, parseIso, toIso } from './day-number.js';
import { englishToChinese, looksEnglish } from './english.js';
import { DateFailure, type PendingNote } from './failure.js';
import { createWorkCalendar, type WorkCalendar } from './holidays/work-calendar.js';
import { refuseUnknowable } from './needs-dates.js';
import { normalise, originalLength, originalSpan, type Normalised } from './normalise.js';
import { readExpression } from './read-expression.js';
import { readRelativePeriod } from './relative-period.js';
import type { Scope } from './scope.js';
import { exampleForms, suggestRepairs } from './suggest.js';
import { tokenize } from './tokenize.js';
import type { DateContext, DateNote, DateOutcome, ResolvedDate } from './types.js';

/** Longer input is not a date expression; refusing it keeps the cost of garbage bounded. */
const MAX_LENGTH = 200;

let defaultCalendar: WorkCalendar | undefined;

function makeScope(ctx: DateContext, calendar: WorkCalendar | undefined): Scope {
  const year = Number.isInteger(ctx.year) ? ctx.year : 1970;
  const planStart = (ctx.planStart !== undefined ? parseIso(ctx.planStart) : undefined) ?? dayNumber(year, 1, 1);
  const planEnd = (ctx.planEnd !== undefined ? parseIso(ctx.planEnd) : undefined) ?? dayNumber(year, 12, 31);
  const anchor = ctx.anchor !== undefined ? parseIso(ctx.anchor) : undefined;
  const reference = ctx.reference !== undefined ? parseIso(ctx.reference) : undefined;
  const ref = reference !== undefined ? fromDayNumber(reference) : undefined;
  return {
    ctx,
    relativeBase: anchor !== undefined ? fromDayNumber(anchor).year : year,
    defaultYear: ref?.year ?? year,
    ...(ref ? { defaultMonth: ref.month } : {}),
    planStart,
    planEnd,
    ...(anchor !== undefined ? { anchor } : {}),
    notes: [],
    calendar: () => calendar ?? (defaultCalendar ??= createWorkCalendar()),
  };
}

/** Reads normalised text; throws DateFailure (positions in `text`). */
function read(text: string, scope: Scope): ResolvedDate {
  const relative = readRelativePeriod(/\s/.test(text) ? text.replace(/\s+/g, '') : text, scope);
  if (relative) return { kind: relative.kind, start: toIso(relative.start), end: toIso(relative.end) };
  return readExpression(tokenize(text), text, scope);
}

function mapNotes(n: Normalised, notes: readonly PendingNote[], whole: boolean, language: Language): DateNote[] {
  return notes.map((p) => ({
    code: p.code,
    key: p.key,
    message: dateMessage(language, p.key, p.data),
    ...(whole ? { offset: 0, length: originalLength(n) } : originalSpan(n, p.start, p.end)),
    ...(p.data ? { data: p.data } : {}),
  }));
}

function failureOutcome(expr: string, n: Normalised | undefined, f: DateFailure, notes: DateNote[], suggestions: readonly string[], whole: boolean, language: Language): DateOutcome {
  const span = n && !whole ? originalSpan(n, f.start, f.end) : { offset: 0, length: expr.length };
  return {
    ok: false,
    error: { code: f.code, key: f.key, message: dateMessage(language, f.key, f.data), offset: span.offset, length: span.length, suggestions, ...(f.data ? { data: f.data } : {}) },
    notes,
  };
}

function unknowableIn(text: string): DateFailure | undefined {
  try {
    refuseUnknowable(text);
    return undefined;
  } catch (error) {
    return error as DateFailure;
  }
}

/**
 * Resolves a date expression (Chinese, English, ISO) against its context. Pure: never throws,
 * never reads the clock, same result in every time zone. Working-day wording consults `calendar`
 * (default: the bundled chinese-days data, loaded on first use).
 */
export function resolveDate(expr: string, ctx: DateContext, calendar?: WorkCalendar): DateOutcome {
  const language = ctx?.language ?? 'en';
  if (typeof expr !== 'string' || expr.length > MAX_LENGTH) {
    const f = new DateFailure('date-unparseable', 'dates.too-long', 0, 0, { max: MAX_LENGTH });
    return failureOutcome(typeof expr === 'string' ? expr : '', undefined, f, [], exampleForms(ctx?.year ?? 2018), true, language);
  }
  let n: Normalised | undefined;
  let scope: Scope | undefined;
  let english = false;
  try {
    n = normalise(expr);
    scope = makeScope(ctx, calendar);
    let text = n.text;
    if (looksEnglish(text)) {
      english = true;
      text = englishToChinese(text);
    }
    const value = read(text, scope);
    return { ok: true, value, notes: scope.notes.length === 0 ? [] : mapNotes(n, scope.notes, english, language) };
  } catch (error) {
    let f = error instanceof DateFailure ? error : new DateFailure('date-unparseable', 'dates.unreadable', 0, n?.text.length ?? 0);
    // 两会期间, 汛期前: the words failed to parse; say why no wording of them can work.
    if (n && f.code === 'date-unparseable') f = unknowableIn(n.text) ?? f;
    if (f.code === 'date-needs-dates') {
      return failureOutcome(expr, n, f, n && scope ? mapNotes(n, scope.notes, english, language) : [], [], false, language);
    }
    const notes = n && scope ? mapNotes(n, scope.notes, english, language) : [];
    let suggestions: readonly string[] = exampleForms(ctx?.year ?? 2018).slice(0, 4);
    if (n && scope && !english && error instanceof DateFailure) {
      const s = scope;
      suggestions = suggestRepairs(n.text, f, (cand) => {
        try {
          read(cand, makeScope(s.ctx, calendar));
          return true;
        } catch {
          return false;
        }
      }, s.ctx.year);
    }
    return failureOutcome(expr, n, f, notes, suggestions, english || !(error instanceof DateFailure), language);
  }
}
