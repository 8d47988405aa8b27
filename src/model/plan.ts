import type { PlanPath } from '../diagnostics/diagnostic.js';
import type { DateKind, IsoDate, TimeOfDay } from '../dates/types.js';

export type { IsoDate, TimeOfDay } from '../dates/types.js';

/** Labels in outputs. */
export type Locale = 'zh-CN' | 'en';

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A collective such as 街道各党组织: many bodies, no single accountable office. */
  readonly collective: boolean;
  readonly path: PlanPath;
}

/** A dated occurrence: `at`, an entry of `events`, or one of the known `sessions`. */
export interface Occurrence {
  /** Unique within its task; part of the calendar UID. */
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly time?: TimeOfDay;
  /** 前后 / 左右: the nominal day of an approximate date. */
  readonly approx: boolean;
  /** The expression as the document wrote it. */
  readonly source: string;
  readonly path: PlanPath;
}

/** A recurrence inside the task's window. */
export interface Recurrence {
  /** RRULE body without UNTIL (the emitter adds it from the task end). */
  readonly rrule: string;
  readonly countPerPeriod?: number;
  readonly source: string;
}

export type TaskKind = 'task' | 'measure';

export interface Task {
  readonly id: string;
  /** `task` sits in a phase; `measure` is an ongoing organisational measure (part 四 of a plan). */
  readonly kind: TaskKind;
  readonly title: string;
  readonly detail?: string;
  /** Unit ids, in the order the plan lists them. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  /** The phase it belongs to; absent for measures. */
  readonly phaseId?: string;
  /** The window in which the work happens (inclusive). */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The deadline; for ongoing work the end of its span. */
  readonly due: IsoDate;
  /** The kind of the task's own timing (the `when`/`due` that decided it). */
  readonly timing: DateKind;
  /** No single deadline: 长期坚持 / 持续推进 / organisational measures. */
  readonly ongoing: boolean;
  readonly occurrences: readonly Occurrence[];
  /** `sessions: 3` with no known dates: how many occurrences the window holds. */
  readonly sessionCount?: number;
  readonly repeat?: Recurrence;
  /** The date expressions exactly as written (`when`, `due`, `at`, `repeat`, `sessions`). */
  readonly source: Readonly<Record<string, string>>;
  /** Open points still to settle (`todo:`, left by `plan import`): the `unsettled` rule reports them. */
  readonly todo?: readonly string[];
  readonly path: PlanPath;
}

export interface Phase {
  readonly id: string;
  readonly title: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly tasks: readonly Task[];
  readonly todo?: readonly string[];
  readonly source: Readonly<Record<string, string>>;
  readonly path: PlanPath;
}

/** Working-calendar overrides declared by the plan (`calendar:`). */
export interface CalendarOverrides {
  readonly holidays: readonly { readonly date: IsoDate; readonly name?: string }[];
  readonly workdays: readonly { readonly date: IsoDate; readonly name?: string }[];
}

/** The plan after resolution: every reference checked, every date an IsoDate. */
export interface ResolvedPlan {
  /** The file it came from, as given on the command line. */
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly issuer?: string;
  /** 发文字号 as printed (斜委发〔2018〕12号). */
  readonly docNumber?: string;
  readonly issued?: IsoDate;
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly timezone: string;
  readonly locale: Locale;
  readonly revision: number;
  readonly units: readonly Unit[];
  readonly phases: readonly Phase[];
  readonly measures: readonly Task[];
  readonly calendar: CalendarOverrides;
  readonly todo?: readonly string[];
  readonly source: Readonly<Record<string, string>>;
}
