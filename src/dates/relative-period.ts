import { addMonthsCivil, fromDayNumber, parseIso, toIso } from './day-number.js';
import { DateFailure } from './failure.js';
import { cnNumeralValue } from './numerals.js';
import type { Scope } from './scope.js';

/**
 * Periods counted from the document date: `5个工作日内`, `30日内`, `反馈后1个月内`. The leading event
 * ("反馈后") is the anchor itself. Linear pattern: the event part cannot contain numerals.
 */
const RELATIVE =
  /^[于在自从]?(?:([^\d一二两三四五六七八九十百]*?)(?:以后|之后|后|起))?(\d{1,3}|[一二两三四五六七八九十百]{1,4})(个工作日|工作日|个月|个星期|周|日|天|年)(?:以内|之内|内)(?:完成|办结|上报|报送|办理)?$/;

export interface RelativeRead {
  readonly start: number;
  readonly end: number;
}

/** Civil Code arts. 201–202: the anchor day is not counted; months end on the corresponding day. */
export function readRelativePeriod(text: string, scope: Scope): RelativeRead | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const raw = m[2] as string;
  const unit = m[3] as string;
  const n = /^\d/.test(raw) ? Number(raw) : cnNumeralValue(raw);
  const numStart = text.indexOf(raw, (m[1]?.length ?? 0));
  if (!(n >= 1)) throw new DateFailure('date-impossible', `A period needs a positive length, got '${raw}'.`, numStart, numStart + raw.length, { count: raw });
  const anchor = scope.anchor;
  if (anchor === undefined) {
    throw new DateFailure('date-needs-anchor', `'${text}' counts from the document date; give the plan an issue date (issued:) to resolve it.`, 0, text.length, { count: n, unit });
  }
  const end = periodEnd(unit, n, anchor, text, scope);
  return { start: anchor, end: scope.ctx.civilCodeMode && !unit.includes('工作日') ? civilCodeEnd(end, text, scope) : end };
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

export function missingHolidays(year: number, text: string, coverage: { firstYear: number; lastYear: number }): DateFailure {
  return new DateFailure(
    'date-holiday-data-missing',
    `The holiday data covers ${coverage.firstYear}–${coverage.lastYear}, so working days in ${year} are unknown; add the year's arrangement to the plan's calendar.`,
    0,
    text.length,
    { year, firstYear: coverage.firstYear, lastYear: coverage.lastYear },
  );
}
