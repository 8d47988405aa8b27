import type { Artifact } from '../emit/artifact.js';
import { emit, type Compiled, type EmitOptions } from '../emit/emit.js';
import { calendarOptionsFrom } from '../emit/emitters/calendars.js';
import { flagName } from '../emit/flag-name.js';
import { languageOfLocale } from '../emit/labels.js';
import { emitters as registry } from '../emit/registry.js';
import { markUnsettled } from '../model/mark-unsettled.js';
import type { UnitMatching } from './match-units.js';
import { mergedCalendars } from './merged-calendars.js';
import { mergedUnitFiles, UNIT_OUTPUTS } from './merged-unit-files.js';
import { itemPrefixes, mergedUnitViews } from './merged-unit-views.js';
import { planLabels } from './plan-labels.js';
import { inMergedUnits } from './in-merged-units.js';

export interface SeveralOptions extends Omit<EmitOptions, 'generatedAt' | 'emitters'> {
  /** Each plan's own "now" (src/cli/generated-at.ts), in the order of the plans. */
  readonly generatedAt: readonly Date[];
}

/**
 * The outputs of several plans built together (`plan build A.yaml B.yaml`):
 *
 * - `<plan-id>/…`: each plan's own outputs, as its single build writes them, except the
 *   per-unit files: `plan.json`, the summaries and `calendars/all.ics`;
 * - `calendars/all.ics`: every event of every plan; `calendars/<unit>.ics` and `units/<unit>.*`:
 *   one per unit matched across the plans (src/multi/match-units.ts), named by the id the first
 *   plan gives it, each item marked with its plan's short name.
 *
 * Event UIDs are those of each plan's single build (they hold the plan id), so they never collide
 * across plans with different ids, and subscribers switching to a combined calendar get no
 * duplicates. `matching` must be free of conflicts.
 */
export async function* emitSeveral(compiled: readonly Compiled[], matching: UnitMatching, options: SeveralOptions): AsyncGenerator<Artifact> {
  const flags = options.flags ?? {};
  const chosen = options.outputs ?? registry.filter((e) => !e.optIn || flags[flagName(e.optIn.flags)] === true).map((e) => e.id);
  const unitOutputs = new Set<string>(chosen.filter((id) => (UNIT_OUTPUTS as readonly string[]).includes(id)));
  const planOutputs = chosen.filter((id) => !unitOutputs.has(id));

  for (const [i, one] of compiled.entries()) {
    if (planOutputs.length === 0) break;
    const files = emit(one, { ...options, generatedAt: options.generatedAt[i]!, outputs: planOutputs });
    for await (const artifact of files) {
      // The unit calendars of one plan are replaced by the combined ones at the top.
      if (artifact.path.startsWith('calendars/') && artifact.path !== 'calendars/all.ics') continue;
      yield { ...artifact, path: `${one.plan.id}/${artifact.path}` };
    }
  }

  const locale = options.locale ?? compiled[0]!.plan.locale;
  const language = languageOfLocale(locale);
  // Each unit under its merged id and name, so one body is called the same in every plan's rows.
  const plans = compiled.map((c) => markUnsettled(inMergedUnits({ ...c.plan, locale }, matching)));
  const prefixes = itemPrefixes(planLabels(compiled.map((c) => c.plan)), language);
  if (chosen.includes('calendars')) {
    const calendarPlans = plans.map((plan, i) => ({ plan, calendar: compiled[i]!.calendar, generatedAt: options.generatedAt[i]!, prefix: prefixes[i]!, states: compiled[i]!.states }));
    yield* mergedCalendars(calendarPlans, matching, calendarOptionsFrom(flags), language);
  }
  if (unitOutputs.size > 0) {
    // Dates are shown relative to the first plan's year, so another year's dates say their year.
    const year = plans[0]!.year;
    const listed = plans.map((plan) => (plan.year === year ? plan : { ...plan, year }));
    // The lists' "generated on" is the latest of the plans': the day the newest of them stands for.
    const latest = new Date(Math.max(...options.generatedAt.map((d) => d.getTime())));
    const views = mergedUnitViews(listed, matching, prefixes, latest, language, compiled.map((c) => c.states));
    yield* mergedUnitFiles(views, unitOutputs, { locale, generatedAt: latest, templatesDir: options.templatesDir });
  }
}
