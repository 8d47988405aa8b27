import type { Artifact, EmitContext, Emitter } from './artifact.js';
import { calendarsEmitter } from './emitters/calendars.js';
import { planJsonEmitter } from './emitters/plan-json.js';
import { summaryHtmlEmitter } from './emitters/summary-html.js';
import { summaryMdEmitter } from './emitters/summary-md.js';
import { unitListsEmitter } from './emitters/unit-lists.js';

/** Every output of `plan build` (contract §3), in a fixed order. */
export const emitters: readonly Emitter[] = [planJsonEmitter, calendarsEmitter, unitListsEmitter, summaryHtmlEmitter, summaryMdEmitter];

/** Runs the emitters; pure, so a failure here leaves the disk untouched. */
export function emitAll(context: EmitContext, selected: readonly Emitter[] = emitters): Artifact[] {
  return selected.flatMap((emitter) => emitter.emit(context));
}
