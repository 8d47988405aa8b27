import type { RawPlan } from '../validate/raw-plan.js';

/** The imported plan before it becomes YAML: plain data plus the TODOs a human must settle. */

export interface DraftEvent {
  id: string;
  readonly title: string;
  readonly at: string;
  readonly detail: string;
}

export interface DraftTask {
  id: string;
  readonly kind: 'task' | 'measure';
  readonly title: string;
  readonly detail?: string;
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly when?: string | { readonly start: string; readonly end: string };
  readonly due?: string;
  readonly repeat?: string;
  readonly sessions?: number;
  readonly events: readonly DraftEvent[];
  /** Where it sits in the document (一、… / (一)…), shown as a comment. */
  readonly heading?: string;
  readonly todos: readonly string[];
  /** Outline number path (3.1.(2)), for ids and messages. */
  readonly number: string;
}

export interface DraftPhase {
  id: string;
  readonly title: string;
  readonly when: string | { readonly start: string; readonly end: string };
  readonly tasks: DraftTask[];
  readonly number: string;
  readonly todos: readonly string[];
}

export interface DraftUnitOut {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly collective: boolean;
}

export interface DraftPlan {
  /** The plan file's header fields (src/validate/raw-plan.ts), but the year is always found or asked for, and the period is kept as written. */
  readonly plan: Pick<RawPlan['plan'], 'id' | 'title' | 'issuer' | 'docNumber' | 'issued'> & {
    readonly year: number;
    readonly period?: string;
  };
  readonly units: readonly DraftUnitOut[];
  readonly phases: readonly DraftPhase[];
  readonly measures: readonly DraftTask[];
  /** Whole-plan TODOs (no title found, no phases, the text stops mid-sentence …). */
  readonly todos: readonly string[];
  /** Everything that is neither task nor measure, verbatim: nothing is dropped. */
  readonly document: {
    readonly front: readonly string[];
    readonly preamble: readonly string[];
    readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
  };
}
