import type { ResolvedPlan } from '../model/plan.js';

export type TextMediaType = 'text/calendar' | 'text/markdown' | 'text/html' | 'text/csv' | 'text/vnd.mermaid' | 'application/json';
export type BinaryMediaType = 'application/pdf' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type MediaType = TextMediaType | BinaryMediaType;

/** One text output file; emitters return these and never touch the disk. */
export interface TextArtifact {
  /** POSIX path relative to the output folder: `calendars/all.ics`, `units/xuanchuan.md`. */
  readonly path: string;
  /** `.ics` uses CRLF (RFC 5545); everything else LF. */
  readonly contents: string;
  readonly mediaType: TextMediaType;
}

/** One binary output file (.xlsx, .pdf). */
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
}

/** An emitter is a pure function of the resolved plan. */
export interface Emitter<A extends Artifact = Artifact> {
  readonly id: string;
  readonly description: string;
  emit(context: EmitContext): readonly A[];
  /**
   * The same files one at a time, for emitters that write one per unit: `plan build` stages each
   * as it comes, so a large plan's hundreds of calendars never sit in memory together.
   */
  stream?(context: EmitContext): Iterable<A>;
}
