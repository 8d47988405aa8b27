import { addMonthsCivil, fromDayNumber, parseIso, toIso } from './day-number.js';
import { DateFailure } from './failure.js';
import { missingHolidays } from './missing-holidays.js';
import { refuseUnknowable } from './needs-dates.js';
import { cnNumeralValue } from './numerals.js';
import { breakOf, readFestivalEvent } from './festival-event.js';
import type { Point } from './point.js';
import type { Scope } from './scope.js';

/**
 * Periods counted from the document date: `5个工作日内`, `30日内`, `反馈后1个月内`. The leading event
 * ("反馈后") is the anchor itself, unless it names a festival (`国庆节后一周内`, `2020年元旦后10个工作日内`):
 * then the period counts from the end of that festival's break. Linear pattern: the event part
 * cannot contain numerals, except a written year before a festival.
 */
const RELATIVE =
  /^[于在自从]?(?:((?:\d{4}年)?[^\d一二两三四五六七八九十百]*?)(?:以后|之后|后|起))?(\d{1,3}|[一二两三四五六七八九十百]{1,4})(个工作日|工作日|个月|个星期|周|日|天|年)(?:以内|之内|内)(?:完成|办结|上报|报送|办理)?$/;

const LEAD_CHARS = '于在自从';

export interface RelativeRead {
  /** From the document date: a deadline. After a festival: the days after the break, a window. */
  readonly kind: 'deadline' | 'window';
  readonly start: number;
  readonly end: number;
}

/** Civil Code arts. 201–202: the anchor day is not counted; months end on the corresponding day. */
export function readRelativePeriod(text: string, scope: Scope): RelativeRead | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const raw = m[2] as string;
  const unit = m[3] as string;
  const event = m[1] ?? '';
  const numStart = text.indexOf(raw, event.length);
  // The optional lead (于/在/自/从) always matches when present, so the event follows it.
  const eventEnd = (LEAD_CHARS.includes(text[0] ?? '') ? 1 : 0) + event.length;
  const festival = event === '' ? undefined : readFestivalEvent(text, eventEnd, scope);
  // 2019年后3个月内: a written year is only read before a festival; the grammar refuses the rest.
  if (festival === undefined && isDigit(event.charCodeAt(0))) return undefined;
  const n = isDigit(raw.charCodeAt(0)) ? Number(raw) : cnNumeralValue(raw);
  if (!(n >= 1)) throw new DateFailure('date-impossible', 'dates.period.not-positive', numStart, numStart + raw.length, { count: raw });
  if (festival) return afterFestival(festival, n, unit, text, scope);
  // 开学后一周内: an event with dates of its own, which the document date does not stand for.
  if (event !== '') refuseUnknowable(event);
  const anchor = scope.anchor;
  if (anchor === undefined) {
    throw new DateFailure('date-needs-anchor', 'dates.needs-anchor.period', 0, text.length, { count: n, unit, text });
  }
  return { kind: 'deadline', start: anchor, end: lastDay(unit, n, anchor, text, scope) };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The period's last day counted from `from` (not itself counted), under the opt-in art. 203. */
function lastDay(unit: string, n: number, from: number, text: string, scope: Scope): number {
  const end = periodEnd(unit, n, from, text, scope);
  return scope.ctx.civilCodeMode && !unit.includes('工作日') ? civilCodeEnd(end, text, scope) : end;
}

/**
 * 国庆节后一周内: counted from the break's last day (art. 201: that day is not counted), so the
 * window opens on the first working day after the break. Which break was taken is an assumption
 * worth a note: the reader sees the dates it stands for.
 */
function afterFestival(p: Point, n: number, unit: string, text: string, scope: Scope): RelativeRead {
  const span = breakOf(p, scope);
  const end = lastDay(unit, n, span.end, text, scope);
  scope.notes.push({
    code: 'date-fuzzy',
    key: 'dates.fuzzy.after-festival',
    start: 0,
    end: text.length,
    data: { festival: p.festival ?? '节', breakStart: toIso(span.start), breakEnd: toIso(span.end), start: toIso(span.end + 1), end: toIso(end) },
  });
  return { kind: 'window', start: span.end + 1, end };
}

/** Civil Code art. 203: a last day that is a day off moves to the next working day. */
function civilCodeEnd(end: number, text: string, scope: Scope): number {
  const calendar = scope.calendar();
  if (!calendar.isCovered(toIso(end))) throw missingHolidays(fromDayNumber(end).year, text, calendar.coverage);
  if (calendar.status(toIso(end)).working) return end;
  return parseIso(calendar.addWorkingDays(toIso(end), 1)) as number;
}

function periodEnd(unit: string, n: number, anchor: number, text: string, scope: Scope): number {
  switch (unit) {
    case '个工作日':
    case '工作日': {
      const calendar = scope.calendar();
      const anchorIso = toIso(anchor);
      if (!calendar.isCovered(anchorIso)) throw missingHolidays(fromDayNumber(anchor).year, text, calendar.coverage);
      const end = parseIso(calendar.addWorkingDays(anchorIso, n)) as number;
      if (!calendar.isCovered(toIso(end))) throw missingHolidays(fromDayNumber(end).year, text, calendar.coverage);
      return end;
    }
    case '个月':
      return addMonthsCivil(anchor, n);
    case '年':
      return addMonthsCivil(anchor, 12 * n);
    case '周':
    case '个星期':
      return anchor + 7 * n;
    default:
      return anchor + n;
  }
}
