import { readFileSync } from 'node:fs';
import type { DateContext } from '../../src/dates/types.js';

/** One line of test/fixtures/dates/date-vectors.jsonl: a wording and what it must resolve to. */
export interface DateVector {
  readonly expr: string;
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly kind: string;
  readonly note: string;
  /** Where the wording was found: a web address, a corpus file, or `constructed`. */
  readonly source: string;
  readonly time?: string;
  readonly approx?: boolean;
  readonly rrule?: string;
  readonly count_per_period?: number;
  readonly anchor?: string;
  readonly plan_end?: string;
  readonly ambiguous?: boolean;
  readonly needs_holidays?: boolean;
  /** The end under the opt-in civil-code mode (ctx.civilCodeMode, art. 203). */
  readonly civil_code_mode_end?: string;
}

/** A wording that must not resolve: the error code it keeps failing with. */
export interface ErrorVector {
  readonly expr: string;
  readonly year: number;
  readonly error: string;
  readonly note: string;
  readonly source: string;
  readonly anchor?: string;
}

/** Every vector of the fixture, in file order. */
export function readDateVectors(): (DateVector | ErrorVector)[] {
  return readFileSync(new URL('../fixtures/dates/date-vectors.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DateVector | ErrorVector);
}

/** The vectors that resolve to a window (error vectors left out). */
export function windowVectors(): DateVector[] {
  return readDateVectors().filter((v): v is DateVector => !('error' in v) && v.kind === 'window');
}

/** The context a vector is resolved in: its year, and its issue date and plan end when it gives them. */
export function vectorContext(v: { readonly year: number; readonly anchor?: string; readonly plan_end?: string }): DateContext {
  return { year: v.year, ...(v.anchor ? { anchor: v.anchor } : {}), ...(v.plan_end ? { planEnd: v.plan_end } : {}) };
}
