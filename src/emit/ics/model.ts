import type { IsoDate } from '../../dates/types.js';

/**
 * The calendar's own model: one entry per component to write. Built from the resolved plan by
 * `events.ts`, written by `serialize.ts`. Plain data, so tests can compare it with what a parser
 * reads back.
 */

/** What a component stands for; part of the UID, so never derived from content or position. */
export type ComponentKind = 'window' | 'due' | 'repeat' | 'at' | 'todo';

export interface AlarmSpec {
  /** START: relative to DTSTART; END: relative to DTEND (the exclusive day after a window). */
  readonly related: 'START' | 'END';
  /** Signed offset in minutes (negative: before). */
  readonly minutes: number;
}

/** Every field is present (some `undefined`), so all components share one shape. */
export interface CalComponent {
  readonly component: 'VEVENT' | 'VTODO';
  readonly uid: string;
  readonly kind: ComponentKind;
  readonly summary: string;
  readonly description: string;
  readonly categories: readonly string[];
  /** First day (VALUE=DATE) or, with `startTime`, a local time in the plan's zone. */
  readonly start: IsoDate | undefined;
  readonly startTime: string | undefined;
  /** VEVENT: DTEND. For all-day events this is already the exclusive day after the last one. */
  readonly end: IsoDate | undefined;
  readonly endTime: string | undefined;
  /** VTODO: the due day. */
  readonly due: IsoDate | undefined;
  /** The full RRULE value (UNTIL included). */
  readonly rrule: string | undefined;
  /**
   * CANCELLED: an event the previous revision had and this one removed (see revisions.ts), or a
   * task reported 取消; COMPLETED: a VTODO reported 已完成 (progress-marks.ts).
   */
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'NEEDS-ACTION' | 'CANCELLED' | 'COMPLETED';
  /** VTODO reported 已完成: the day it was finished (COMPLETED). Absent without progress. */
  readonly completed?: IsoDate;
  /** VTODO: PERCENT-COMPLETE as reported. Absent without progress. */
  readonly percent?: number;
  /** Long windows and deadlines must not show the units as busy for months. */
  readonly transparent: boolean;
  readonly alarms: readonly AlarmSpec[];
}

/** A task's components, and the units whose calendars they go into. */
export interface TaskComponents {
  readonly taskId: string;
  readonly units: readonly string[];
  readonly components: readonly CalComponent[];
  readonly timed: boolean;
}
