/** A date expression as written: wording, ISO date, ISO range `a..b`, or an explicit span. */
export type RawDateExpression = string | { readonly start: string; readonly end: string };

/** Unit references: a list, or one string in document style (`组织、纪检、宣传条线`). */
export type RawUnitRefs = string | readonly string[];

export type RawUnit = string | { readonly name: string; readonly aliases?: readonly string[]; readonly collective?: boolean; readonly description?: string };

export interface RawEvent {
  readonly id: string;
  readonly title: string;
  readonly at: RawDateExpression;
  readonly detail?: string;
}

/** An organisational measure (ongoing): the fields every owned item has. */
export interface RawMeasure {
  readonly id: string;
  readonly title: string;
  readonly lead: RawUnitRefs;
  readonly support?: RawUnitRefs;
  readonly detail?: string;
  readonly when?: RawDateExpression;
  /** Open points a person must settle (left by `plan import`); lint reports them. */
  readonly todo?: readonly string[];
}

/** A task of a phase: a measure's fields plus its own timing and dated occurrences. */
export interface RawTask extends RawMeasure {
  readonly due?: RawDateExpression;
  readonly at?: RawDateExpression;
  readonly sessions?: number | readonly RawDateExpression[];
  readonly repeat?: string;
  readonly events?: readonly RawEvent[];
  readonly note?: string;
}

export interface RawPhase {
  readonly id: string;
  readonly title: string;
  readonly when: RawDateExpression;
  readonly detail?: string;
  readonly todo?: readonly string[];
  readonly tasks: readonly RawTask[];
}

export type RawCalendarDay = string | { readonly date: string; readonly name?: string };

/** The plan file after schema validation (contract §1); mirrors schemas/plan.schema.json. */
export interface RawPlan {
  readonly plan: {
    readonly id: string;
    readonly title: string;
    readonly issuer?: string;
    readonly docNumber?: string;
    readonly issued?: string;
    readonly year?: number;
    readonly period?: RawDateExpression;
    readonly timezone?: string;
    readonly locale?: 'zh-CN' | 'en';
    readonly revision?: number;
    readonly todo?: readonly string[];
  };
  readonly units: Readonly<Record<string, RawUnit>>;
  readonly phases: readonly RawPhase[];
  readonly measures?: readonly RawMeasure[];
  readonly calendar?: { readonly holidays?: readonly RawCalendarDay[]; readonly workdays?: readonly RawCalendarDay[] };
}
