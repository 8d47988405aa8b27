import type { PlanPath, SourceSpan } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../model/plan.js';
import type { ProgressState } from './states.js';

export type { ProgressState } from './states.js';

/** Where one entry and its fields sit in its progress file, for diagnostics. */
export interface EntrySpans {
  readonly entry: SourceSpan;
  readonly task: SourceSpan;
  readonly date: SourceSpan;
  readonly state: SourceSpan;
  /** Undefined when the entry has no unit (or percent): spans may be found lazily, by getters. */
  readonly unit?: SourceSpan | undefined;
  readonly percent?: SourceSpan | undefined;
}

/** One dated report on one task, resolved against the plan (the task exists, the unit is known). */
export interface ProgressEntry {
  /** The task's id in the plan. */
  readonly task: string;
  readonly date: IsoDate;
  readonly state: ProgressState;
  readonly percent?: number;
  readonly note?: string;
  /** The reporting unit's id (the entry's `unit:`, else its file's), when known. */
  readonly unit?: string;
  /** The progress file it came from, as given (or found beside the plan). */
  readonly file: string;
  /** Its place in its file: `['entries', i]`. */
  readonly path: PlanPath;
  /** Order across all files (files in name order, entries in file order): breaks ties of a date. */
  readonly order: number;
  readonly spans: EntrySpans;
}

/** Every entry on one plan, from one or several files (one per unit), sorted by date then order. */
export interface ProgressLog {
  readonly planId: string;
  readonly files: readonly string[];
  readonly entries: readonly ProgressEntry[];
}
