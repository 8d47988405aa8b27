import type { Artifact, EmitContext, Emitter } from './artifact.js';
import { createCalendarsEmitter, type CalendarsEmitterOptions } from './emitters/calendars.js';
import { planJsonEmitter } from './emitters/plan-json.js';
import { createSummaryHtmlEmitter } from './emitters/summary-html.js';
import { createSummaryMdEmitter } from './emitters/summary-md.js';
import { createSummaryMmdEmitter } from './emitters/summary-mmd.js';
import { createUnitHtmlEmitter } from './emitters/unit-html.js';
import { createUnitXlsxEmitter } from './emitters/unit-xlsx.js';
import { createUnitListsEmitter } from './emitters/unit-lists.js';

export interface EmitOptions {
  /** A folder of the user's own templates; any template it lacks comes from the package. */
  readonly templatesDir?: string;
  readonly calendars?: CalendarsEmitterOptions;
}

/** Every output of `plan build` (contract §3), in a fixed order. */
export function createEmitters(options: EmitOptions = {}): Emitter[] {
  const templates = options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {};
  return [
    planJsonEmitter,
    createCalendarsEmitter(options.calendars),
    createUnitListsEmitter(templates),
    createUnitHtmlEmitter(templates),
    createUnitXlsxEmitter(),
    createSummaryHtmlEmitter(templates),
    createSummaryMdEmitter(templates),
    createSummaryMmdEmitter(),
  ];
}

/** Runs the emitters; pure, so a failure here leaves the disk untouched. */
export function emitAll(context: EmitContext, emitters: readonly Emitter[] = createEmitters()): Artifact[] {
  return emitters.flatMap((emitter) => emitter.emit(context));
}
