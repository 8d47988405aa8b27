import type { WorkCalendar } from '../dates/holidays/work-calendar.js';
import { markUnsettled } from '../model/mark-unsettled.js';
import type { Locale, ResolvedPlan } from '../model/plan.js';
import type { TaskStates } from '../progress/task-states.js';
import type { AnyEmitter, Artifact, EmitContext, Emitter, FlagValues } from './artifact.js';
import { flagName } from './flag-name.js';
import { emitters as registry } from './registry.js';

/** What `compile` hands over: the plan and the work calendar it was resolved with. */
export interface Compiled {
  readonly plan: ResolvedPlan;
  readonly calendar?: WorkCalendar;
  /** The previous revision (`plan build --base`), for the calendars' SEQUENCE and cancellations. */
  readonly base?: ResolvedPlan;
  /** Each task's reported state (`taskStates` of the compiled progress), for outputs that show it. */
  readonly states?: TaskStates;
}

export interface EmitOptions {
  /**
   * Stands in for "now" (DTSTAMP, "generated on"). Never the clock, so two builds give the same
   * bytes: the CLI passes SOURCE_DATE_EPOCH, else the plan's issue date (src/cli/generated-at.ts).
   */
  readonly generatedAt: Date;
  /**
   * The emitters to run, by id, in the registry's order. Default: every emitter that is not
   * opt-in, plus the opt-in ones whose flag is set in `flags` (`plan build --pdf`).
   */
  readonly outputs?: readonly string[];
  /** Labels in this locale instead of the plan's own. */
  readonly locale?: Locale;
  /** A folder of the user's own templates; any template it lacks comes from the package. */
  readonly templatesDir?: string;
  /** Values of the emitters' flags by camel-cased name: `{ todo: true, alarm: ['3'], pdf: true }`. */
  readonly flags?: FlagValues;
  /** For emitters that start a program (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The emitters to choose from (default: the registry, src/emit/registry.ts). */
  readonly emitters?: readonly AnyEmitter[];
}

/**
 * Yields every output file of `compiled`, one at a time: an emitter that can stream (one file per
 * unit) is read file by file, so a caller that writes each as it comes never holds a large
 * plan's outputs all at once. Items with an open `todo` carry 【待核实】 in every output.
 * Nothing is written here; an emitter's failure (a user template, no browser) is thrown.
 */
export async function* emit(compiled: Compiled, options: EmitOptions): AsyncGenerator<Artifact> {
  const flags = options.flags ?? {};
  const chosen = selectEmitters(options.emitters ?? registry, options.outputs, flags);
  // Marked after the locale is set, so the mark is in the language of the outputs.
  const plan = markUnsettled(options.locale ? { ...compiled.plan, locale: options.locale } : compiled.plan);
  const base: EmitContext = {
    plan,
    generatedAt: options.generatedAt,
    ...(compiled.calendar ? { calendar: compiled.calendar } : {}),
    // The base is read in the same locale as the plan, so only real changes count as changes.
    ...(compiled.base ? { base: options.locale ? { ...markUnsettled(compiled.base), locale: options.locale } : markUnsettled(compiled.base) } : {}),
    ...(options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {}),
    ...(compiled.states ? { states: compiled.states } : {}),
    env: options.env ?? process.env,
  };
  // Only the files a later emitter asked for are kept; the rest are the caller's as they come.
  const wanted = new Set(chosen.flatMap((emitter) => emitter.needs?.files ?? []));
  const kept = new Map<string, Artifact>();
  for (const emitter of chosen) {
    if (emitter.needs?.calendar && !compiled.calendar) throw new Error(`the ${emitter.id} output needs the work calendar the plan was compiled with (compiled.calendar)`);
    const missing = (emitter.needs?.files ?? []).filter((file) => !kept.has(file));
    if (missing.length > 0) throw new Error(`the ${emitter.id} output needs ${missing.join(', ')}: add the output that writes it, before ${emitter.id}`);
    const context: EmitContext = emitter.needs?.files ? { ...base, files: kept } : base;
    const configured = emitter.configure ? emitter.configure(flags) : emitter;
    const artifacts = 'async' in configured ? await configured.emit(context) : configured.stream ? configured.stream(context) : configured.emit(context);
    for (const artifact of artifacts) {
      if (wanted.has(artifact.path)) kept.set(artifact.path, artifact);
      yield artifact;
    }
  }
}

function selectEmitters(list: readonly AnyEmitter[], outputs: readonly string[] | undefined, flags: FlagValues): AnyEmitter[] {
  if (outputs === undefined) return list.filter((emitter) => !emitter.optIn || flags[flagName(emitter.optIn.flags)] === true);
  const known = new Set(list.map((emitter) => emitter.id));
  const unknown = outputs.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`no such output: ${unknown.join(', ')} (outputs: ${[...known].join(', ')})`);
  return list.filter((emitter) => outputs.includes(emitter.id));
}

/** The emitters `plan build` runs by default (every one that is not opt-in, none of them async), set by these flag values. */
export function createEmitters(flags: FlagValues = {}): Emitter[] {
  return registry.filter((emitter): emitter is Emitter => !('async' in emitter) && !emitter.optIn).map((emitter) => (emitter.configure ? emitter.configure(flags) : emitter));
}

/** Runs the default emitters over exactly this plan, in memory; pure, so a failure here leaves the disk untouched. */
export function emitAll(context: EmitContext, emitters: readonly Emitter[] = createEmitters()): Artifact[] {
  return emitters.flatMap((emitter) => emitter.emit(context));
}
