import type { Cursor } from './cursor.js';
import { DateFailure } from './failure.js';
import type { Token } from './tokenize.js';
import type { WorkingDayOfMonth } from './working-day-dates.js';

export interface RecurrenceRead {
  /** Empty when `workingDay` is set: no RRULE can say it. */
  readonly rrule: string;
  readonly countPerPeriod?: number;
  /** 每月最后一个工作日, 每季度第一个工作日: the caller lists the dates from the working calendar. */
  readonly workingDay?: { readonly which: WorkingDayOfMonth; readonly months?: readonly number[] };
}

const QUARTER_LAST_MONTHS = [3, 6, 9, 12];
const QUARTER_FIRST_MONTHS = [1, 4, 7, 10];
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** Shortest length of each month across years (February: 28). */
const MIN_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DEADLINE_WORDS = new Set(['前', '以前', '之前', '完成', '报送', '上报', '为止']);
const COUNT_WORDS = new Set(['次', '期', '场', '篇', '批', '份']);
const UNIT_WORDS = new Set(['月', '季度', '季', '季度末', '季末', '季度底', '周', '星期', '年', '半年', '天', '日', '旬', '工作日']);
const END_MARKS = new Set(['底', '末']);
const LAST_MONTH_WORDS = new Set(['最后一个月', '末月']);
const FIRST_MONTH_WORDS = new Set(['第一个月', '首月']);
const TEN_DAY_PARTS: Readonly<Record<string, string>> = { '上旬': '10', '初': '10', '中旬': '20', '中': '20', '下旬': '-1' };
const TEN_DAY_WORDS: ReadonlySet<string> = new Set(Object.keys(TEN_DAY_PARTS));
const LEADS = new Set(['每', '逐']);
const WORKING_DAY_WORDS: Readonly<Record<string, WorkingDayOfMonth>> = { '第一个工作日': 'first', '首个工作日': 'first', '最后一个工作日': 'last' };
const SUNDAY_WORDS = new Set(['日', '天']);

/**
 * BYMONTHDAY for "day D of the month". When D does not exist in every month concerned (每月30日
 * in February), "D or the last day, whichever comes first" keeps one occurrence per month.
 */
function monthDayRule(day: number, months: readonly number[]): string {
  const shortest = Math.min(...months.map((m) => MIN_DAYS[m - 1] ?? 28));
  return day > shortest ? `BYMONTHDAY=${day},-1;BYSETPOS=1` : `BYMONTHDAY=${day}`;
}

/** `D日` at the cursor: the day number, validated as 1–31. */
function readMonthDay(c: Cursor): number | undefined {
  const t = c.peek();
  if (t?.kind !== 'num' || (c.kw(1) !== '日' && c.kw(1) !== '号')) return undefined;
  if (!(t.value >= 1 && t.value <= 31)) throw new DateFailure('date-impossible', 'dates.recurrence.no-such-day-in-month', t.start, t.end, { day: t.value });
  c.i += 2;
  return t.value;
}

function byMonth(months: readonly number[]): string {
  return `BYMONTH=${months.join(',')}`;
}

/** The body after 每 (or 逐): unit, optional interval, optional day within the period. */
function readRule(c: Cursor): string {
  if (c.accept('以季度为节点')) return `FREQ=MONTHLY;${byMonth(QUARTER_LAST_MONTHS)};BYMONTHDAY=-1`;
  const lead = c.accept(LEADS);
  if (lead === undefined) throw new DateFailure('date-unparseable', 'dates.recurrence.expected-lead', c.here(), c.here());
  let interval = 1;
  const n = c.peek();
  if (n?.kind === 'num' && (c.kw(1) === '个' || UNIT_WORDS.has(c.kw(1) ?? ''))) {
    interval = n.value;
    c.i++;
  }
  c.accept('个');
  const unit = c.accept(UNIT_WORDS);
  const every = interval > 1 ? `;INTERVAL=${interval}` : '';
  c.accept('的');
  switch (unit) {
    case '月': {
      const day = readMonthDay(c);
      if (day !== undefined) return `FREQ=MONTHLY${every};${monthDayRule(day, ALL_MONTHS)}`;
      const part = c.accept(TEN_DAY_WORDS);
      if (part !== undefined) return `FREQ=MONTHLY${every};BYMONTHDAY=${TEN_DAY_PARTS[part]}`;
      c.accept(END_MARKS);
      // Once a month, any day: the due day is the month's last day.
      return `FREQ=MONTHLY${every};BYMONTHDAY=-1`;
    }
    case '季度':
    case '季': {
      const months = c.accept(FIRST_MONTH_WORDS) ? QUARTER_FIRST_MONTHS : c.accept(LAST_MONTH_WORDS) ? QUARTER_LAST_MONTHS : undefined;
      c.accept('的');
      const day = months ? readMonthDay(c) : undefined;
      if (months && day !== undefined) return `FREQ=MONTHLY;${byMonth(months)};${monthDayRule(day, months)}`;
      c.accept(END_MARKS);
      return `FREQ=MONTHLY;${byMonth(months ?? QUARTER_LAST_MONTHS)};BYMONTHDAY=-1`;
    }
    case '周':
    case '星期': {
      const t = c.peek();
      if (t?.kind === 'num' && t.value >= 1 && t.value <= 6 && !COUNT_WORDS.has(c.kw(1) ?? '')) {
        c.i++;
        return `FREQ=WEEKLY${every};BYDAY=${BYDAY[t.value]}`;
      }
      if (c.accept(SUNDAY_WORDS)) return `FREQ=WEEKLY${every};BYDAY=SU`;
      return `FREQ=WEEKLY${every}`;
    }
    case '年': {
      const m = c.peek();
      if (m?.kind === 'num' && c.kw(1) === '月') {
        if (!(m.value >= 1 && m.value <= 12)) throw new DateFailure('date-impossible', 'dates.recurrence.no-such-month', m.start, m.end, { month: m.value });
        c.i += 2;
        const day = readMonthDay(c);
        if (day !== undefined && day > (MIN_DAYS[m.value - 1] ?? 28) + (m.value === 2 ? 1 : 0)) {
          throw new DateFailure('date-impossible', 'dates.recurrence.no-such-day', m.start, c.lastEnd(), { month: m.value, day });
        }
        return `FREQ=YEARLY${every};BYMONTH=${m.value};BYMONTHDAY=${day ?? -1}`;
      }
      return `FREQ=YEARLY${every}`;
    }
    case '季度末':
    case '季末':
    case '季度底':
      return `FREQ=MONTHLY;${byMonth(QUARTER_LAST_MONTHS)};BYMONTHDAY=-1`;
    case '半年':
      return `FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1`;
    case '天':
    case '日':
      return `FREQ=DAILY${every}`;
    case '工作日':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case '旬':
      return 'FREQ=MONTHLY;BYMONTHDAY=10,20,-1';
    default:
      throw new DateFailure('date-unparseable', 'dates.recurrence.expected-period', c.here(), c.peek()?.end ?? c.textEnd);
  }
}

/**
 * 每月28日前, 每季度最后一个月的30日前, 每周编发二期工作简报, 每年开展1次集中考评: the rule, then an
 * optional deadline word, then an optional count ("二期" is a count per period, not a period).
 * Words describing the activity around the count are allowed and ignored.
 */
export function readRecurrence(c: Cursor): RecurrenceRead {
  const workingDay = readWorkingDay(c);
  const rrule = workingDay ? '' : readRule(c);
  c.accept(DEADLINE_WORDS);
  let countPerPeriod: number | undefined;
  while (!c.atEnd()) {
    const t = c.peek() as Token;
    if (t.kind === 'num' && COUNT_WORDS.has(c.kw(1) ?? '') && countPerPeriod === undefined) {
      countPerPeriod = t.value;
      c.i += 2;
      continue;
    }
    c.i++;
  }
  const count = countPerPeriod !== undefined && countPerPeriod > 0 ? { countPerPeriod } : {};
  return { rrule, ...count, ...(workingDay ? { workingDay } : {}) };
}

/** 每月(的)最后一个工作日, 每季度第一个工作日 (the quarter's first or last month); else nothing read. */
function readWorkingDay(c: Cursor): RecurrenceRead['workingDay'] {
  if (c.kw() !== '每') return undefined;
  const unit = c.kw(1);
  if (unit !== '月' && unit !== '季度' && unit !== '季') return undefined;
  const skip = c.kw(2) === '的' ? 3 : 2;
  const which = WORKING_DAY_WORDS[c.kw(skip) ?? ''];
  if (which === undefined) return undefined;
  c.i += skip + 1;
  if (unit === '月') return { which };
  return { which, months: which === 'first' ? QUARTER_FIRST_MONTHS : QUARTER_LAST_MONTHS };
}

export function startsRecurrence(c: Cursor): boolean {
  const w = c.kw();
  return w === '每' || w === '逐' || w === '以季度为节点';
}
