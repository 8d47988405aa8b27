/**
 * Internal failure raised while reading an expression; `resolveDate` turns it into a `DateError`.
 * Positions are in the normalised text (mapped back to the original string at the edge).
 */
export type FailureCode =
  | 'date-unparseable'
  | 'date-impossible'
  | 'date-needs-anchor'
  | 'date-needs-reference'
  | 'date-holiday-data-missing'
  /** 汛期, 两会期间: dates set each year by someone else; the plan must write them. */
  | 'date-needs-dates';

export class DateFailure {
  readonly code: FailureCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly data: Readonly<Record<string, string | number>> | undefined;

  constructor(code: FailureCode, message: string, start: number, end: number, data?: Readonly<Record<string, string | number>>) {
    this.code = code;
    this.message = message;
    this.start = start;
    this.end = end;
    this.data = data;
  }
}

/** A note with normalised positions; mapped to original offsets when the outcome is built. */
export interface PendingNote {
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly data?: Readonly<Record<string, string | number>>;
}
