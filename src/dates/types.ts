import type { DatesKey } from '../i18n/dates.js';
import type { Language } from '../i18n/language.js';

/** A calendar date `YYYY-MM-DD`; never a `Date`, so no time zone can shift it. */
export type IsoDate = string;

/** The kinds of date expression (date-expressions.md §1). */
export type DateKind = 'window' | 'deadline' | 'instant' | 'recurring' | 'ongoing';

/** A time of day in 24-hour `HH:MM`, local to the plan's time zone. */
export interface TimeOfDay {
  readonly start: string;
  readonly end?: string;
}

/** What a date expression resolves to: an inclusive span plus what kind of thing it is. */
export interface ResolvedDate {
  readonly kind: DateKind;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly time?: TimeOfDay;
  /** 前后 / 左右 / around: the nominal day, to be shown as tentative. */
  readonly approx?: boolean;
  /** 月初 / 月中 and other readings that are conventions rather than exact. */
  readonly fuzzy?: boolean;
  /** RFC 5545 RRULE body without UNTIL, e.g. `FREQ=MONTHLY;BYMONTHDAY=28`. */
  readonly rrule?: string;
  /** 每周编发二期: how many occurrences per recurrence period. */
  readonly countPerPeriod?: number;
  /**
   * The occurrences themselves, for a recurrence an RRULE cannot say (每月最后一个工作日 depends on
   * holidays and adjusted working days). Set instead of `rrule`, in order, inside start…end.
   */
  readonly dates?: readonly IsoDate[];
}

/** Context an expression is read in. */
export interface DateContext {
  /** The plan year: the year of dates written without one. */
  readonly year: number;
  /** Plan period; default `year-01-01` … `year-12-31`. */
  readonly planStart?: IsoDate;
  readonly planEnd?: IsoDate;
  /** The document (issue) date: anchor for 明年/今年, N个工作日内, 反馈后1个月内. */
  readonly anchor?: IsoDate;
  /** Nearest explicit date in scope: a bare `14日` or `12月20日` inherits month/year from it. */
  readonly reference?: IsoDate;
  /**
   * Opt-in Civil Code art. 203 for relative periods (N日内, N个月内): a period whose last day is a
   * day off ends on the first working day after it. Off by default: plans are not legal periods.
   */
  readonly civilCodeMode?: boolean;
  /** The language of notes' and errors' messages; English when absent. */
  readonly language?: Language;
}

/** A non-fatal observation about an expression (ambiguity, year roll-over, placeholder year…). */
export interface DateNote {
  readonly code: string;
  /** What was found, as a key of the catalogue's dates area; `message` is its words with `data`. */
  readonly key: DatesKey;
  readonly message: string;
  /** UTF-16 offset and length into the original (un-normalised) expression. */
  readonly offset: number;
  readonly length: number;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** Why an expression could not be resolved. */
export interface DateError extends DateNote {
  /** Nearest accepted forms, to show the user what would have worked. */
  readonly suggestions: readonly string[];
}

export type DateOutcome =
  | { readonly ok: true; readonly value: ResolvedDate; readonly notes: readonly DateNote[] }
  | { readonly ok: false; readonly error: DateError; readonly notes: readonly DateNote[] };
