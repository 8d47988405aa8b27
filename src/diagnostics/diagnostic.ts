/** How bad a finding is; `error` fails the run (exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** The pipeline stage that produced a diagnostic. */
export type Stage = 'load' | 'validate' | 'resolve' | 'check' | 'emit';

/** A path into the plan document, e.g. `['phases', 1, 'tasks', 3, 'due']`. */
export type PlanPath = readonly (string | number)[];

/** A 1-based position; `column` counts code points so carets line up under CJK text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceSpan {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

export interface RelatedLocation {
  readonly message: string;
  readonly path: PlanPath;
  readonly span?: SourceSpan;
}

/**
 * Where inside a scalar the problem lies, in UTF-16 offsets into the scalar's value.
 * Lets a date diagnostic point at the exact part of `10月至13月上旬` that is wrong.
 */
export interface ValueRange {
  readonly offset: number;
  readonly length: number;
}

export interface Diagnostic {
  /** Kebab slug: a stage code such as `yaml-syntax` or a rule id such as `task-within-phase`. */
  readonly code: string;
  readonly stage: Stage;
  readonly severity: Severity;
  /** One sentence, already interpolated. */
  readonly message: string;
  readonly path: PlanPath;
  /** Point at the mapping key rather than the value (unknown keys, duplicate keys). */
  readonly atKey?: boolean;
  readonly valueRange?: ValueRange;
  /** Filled by the engine from `path` (or given directly by the loader). */
  readonly span?: SourceSpan;
  readonly related?: readonly RelatedLocation[];
  /** Nearest accepted forms, did-you-mean candidates, and the like. */
  readonly suggestions?: readonly string[];
}

/** Every stage returns its value (when it could make one) and what it found. */
export interface StageResult<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}
