import type { ResolvedPlan } from '../model/plan.js';

export type MediaType = 'text/calendar' | 'text/markdown' | 'text/html' | 'text/csv' | 'application/json';

/** One output file; emitters return these and never touch the disk. */
export interface Artifact {
  /** POSIX path relative to the output folder: `calendars/all.ics`, `units/xuanchuan.md`. */
  readonly path: string;
  /** `.ics` uses CRLF (RFC 5545); everything else LF. */
  readonly contents: string;
  readonly mediaType: MediaType;
}

export interface EmitContext {
  readonly plan: ResolvedPlan;
  /**
   * Stands in for "now" (DTSTAMP, "generated on"): SOURCE_DATE_EPOCH or the plan's own dates,
   * never the clock, so two builds give identical bytes.
   */
  readonly generatedAt: Date;
}

/** An emitter is a pure function of the resolved plan. */
export interface Emitter {
  readonly id: string;
  readonly description: string;
  emit(context: EmitContext): readonly Artifact[];
}
