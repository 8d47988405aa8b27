import type { DatesKey } from '../i18n/dates.js';

/**
 * Internal failure raised while reading an expression; `resolveDate` turns it into a `DateError`.
 * Positions are in the normalised text (mapped back to the original string at the edge). It says
 * what was found (a catalogue key and its facts), never the words: those are looked up once, in
 * the chosen language, only for the failure that is reported. Suggestion search throws many.
 */
export type FailureCode =
  | 'date-unparseable'
  | 'date-impossible'
  | 'date-needs-anchor'
  | 'date-needs-reference'
  | 'date-holiday-data-missing'
  /** 汛期, 两会期间: dates set each year by someone else; the plan must write them. */
  | 'date-needs-dates';

/** The facts of a failure or note: the placeholders of its message and what callers may read. */
export type DateFacts = Readonly<Record<string, string | number>>;

export class DateFailure {
  readonly code: FailureCode;
  readonly key: DatesKey;
  readonly start: number;
  readonly end: number;
  readonly data: DateFacts | undefined;

  constructor(code: FailureCode, key: DatesKey, start: number, end: number, data?: DateFacts) {
    this.code = code;
    this.key = key;
    this.start = start;
    this.end = end;
    this.data = data;
  }
}

/** A note with normalised positions; mapped to original offsets (and worded) when the outcome is built. */
export interface PendingNote {
  readonly code: string;
  readonly key: DatesKey;
  readonly start: number;
  readonly end: number;
  readonly data?: DateFacts;
}
