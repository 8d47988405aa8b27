import type { PendingNote } from './failure.js';
import type { WorkCalendar } from './holidays/work-calendar.js';
import type { DateContext } from './types.js';

/** Everything an expression is read against, computed once per `resolveDate` call. */
export interface Scope {
  readonly ctx: DateContext;
  /** Year that 明年/今年/去年 count from: the document date's year when known, else the plan year. */
  readonly relativeBase: number;
  /** Year of dates written without one: the reference date's year, else the plan year. */
  readonly defaultYear: number;
  /** Month a bare `14日` inherits (from ctx.reference). */
  readonly defaultMonth?: number;
  readonly planStart: number;
  readonly planEnd: number;
  /** Day number of ctx.anchor. */
  readonly anchor?: number;
  readonly notes: PendingNote[];
  /** The working-day calendar, created only when an expression needs it. */
  readonly calendar: () => WorkCalendar;
}
