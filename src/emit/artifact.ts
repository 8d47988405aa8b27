import type { WorkCalendar } from '../dates/holidays/work-calendar.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { TaskStates } from '../progress/task-states.js';

export type TextMediaType = 'text/calendar' | 'text/markdown' | 'text/html' | 'text/csv' | 'text/vnd.mermaid' | 'application/json';
export type BinaryMediaType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type MediaType = TextMediaType | BinaryMediaType;

/** One text output file; emitters return these and never touch the disk. */
export interface TextArtifact {
  /** POSIX path relative to the output folder: `calendars/all.ics`, `units/xuanchuan.md`. */
  readonly path: string;
  /** `.ics` uses CRLF (RFC 5545); everything else LF. */
  readonly contents: string;
  readonly mediaType: TextMediaType;
}

/** One binary output file (.xlsx, .docx, .pdf). */
export interface BinaryArtifact {
  readonly path: string;
  readonly contents: Uint8Array;
  readonly mediaType: BinaryMediaType;
}

export type Artifact = TextArtifact | BinaryArtifact;

export interface EmitContext {
  readonly plan: ResolvedPlan;
  /**
   * Stands in for "now" (DTSTAMP, "generated on"): SOURCE_DATE_EPOCH or the plan's own dates,
   * never the clock, so two builds give identical bytes.
   */
  readonly generatedAt: Date;
  /** The work calendar the plan was compiled with, for emitters whose `needs.calendar` says so. */
  readonly calendar?: WorkCalendar;
  /** The previous revision (`plan build --base`): calendars compare with it (src/emit/ics/revisions.ts). */
  readonly base?: ResolvedPlan;
  /** A folder of the user's own templates (`--templates`); any template it lacks comes from the package. */
  readonly templatesDir?: string;
  /**
   * Each task's reported state (src/progress/task-states.ts), when the plan's progress was read:
   * calendars mark done, paused and cancelled tasks, the lists and the summary add a 进展 column.
   * Absent: every output is exactly as without progress.
   */
  readonly states?: TaskStates;
  /** The files named in `needs.files`, as the emitters that write them made them. */
  readonly files?: ReadonlyMap<string, Artifact>;
  /** The environment, for emitters that start a program (the PDF's browser: PLAN_CHROMIUM). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A command-line flag of `plan build` that an emitter declares and reads. */
export interface EmitterFlag {
  /** As commander takes it: `--todo`, `--alarm <days...>`, `--no-ongoing`. */
  readonly flags: string;
  readonly description: string;
}

/**
 * Flag values as the command line parsed them, by camel-cased name (`--no-ongoing` →
 * `ongoing: false`, `--alarm 3` → `alarm: ['3']`); a library caller passes the same shape.
 */
export type FlagValues = Readonly<Record<string, unknown>>;

/** What an emitter needs beyond the resolved plan, so `emit` can provide it or say what is missing. */
export interface EmitterNeeds {
  /** The work calendar (holidays and adjusted working days): `context.calendar`. */
  readonly calendar?: boolean;
  /** Files other emitters write, handed over in `context.files` (the PDF prints summary.html). */
  readonly files?: readonly string[];
}

/** What every emitter says about itself; the registry (registry.ts) and `plan build` read only this. */
export interface EmitterDescription {
  readonly id: string;
  readonly description: string;
  /** The files it writes, relative to the output folder; `<unit>` stands for each unit id. */
  readonly files: readonly string[];
  /** Flags of `plan build` it reads (see `configure`). */
  readonly flags?: readonly EmitterFlag[];
  /** Off unless asked for, by `emit`'s `outputs` or by this flag: for outputs that cost a program to run (the PDF needs a browser). */
  readonly optIn?: EmitterFlag;
  readonly needs?: EmitterNeeds;
}

/** An emitter is a pure function of the resolved plan. */
export interface Emitter<A extends Artifact = Artifact> extends EmitterDescription {
  emit(context: EmitContext): readonly A[];
  /**
   * The same files one at a time, for emitters that write one per unit: `plan build` stages each
   * as it comes, so a large plan's hundreds of calendars never sit in memory together.
   */
  stream?(context: EmitContext): Iterable<A>;
  /** The same emitter with the options its `flags` set (a bad value is a UsageError). */
  configure?(values: FlagValues): Emitter<A>;
}

/** An emitter that waits on something outside (a browser): only `emit` runs it, never `emitAll`. */
export interface AsyncEmitter<A extends Artifact = Artifact> extends EmitterDescription {
  readonly async: true;
  emit(context: EmitContext): Promise<readonly A[]>;
  configure?(values: FlagValues): AsyncEmitter<A>;
}

export type AnyEmitter = Emitter | AsyncEmitter;
