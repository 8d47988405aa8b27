import { resolve } from 'node:path';
import type { IsoDate } from '../model/plan.js';
import type { Language } from '../i18n/language.js';
import { isProgressFile, planBesideProgress } from '../progress/find-progress.js';
import type { ProgressInput } from '../progress/load-progress.js';
import { DEFAULT_ZONE, readTimezone } from '../resolve/timezone.js';
import type { Io } from './io.js';
import { asOfDay, readProgressInputs, type ProgressFlags } from './progress-flags.js';
import { readPlan, type PlanInput } from './read-plan.js';

/** One plan to check, with the progress files that go with it. */
export interface PlanWithProgress {
  readonly plan: PlanInput;
  readonly progress: readonly ProgressInput[];
  /**
   * Set when the plan was read only because progress files of it were named (`plan lint
   * plans/x.progress/u.yaml`): those files (as given). The user asked about them, so only what is
   * found in them is reported (and the plan's errors, without which they cannot be checked); the
   * plan's other progress files are still read, for the checks across files.
   */
  readonly onlyIn?: readonly string[];
}

/**
 * Sorts the files named on the command line into plans and progress files: a progress file (by
 * its name, `x.progress.yaml` or `x.progress/u.yaml`) goes with its plan and is never read as a
 * plan; a plan not named is read anyway, for its progress. Each plan also gets its progress files
 * from --progress, else those beside it (none with --no-progress).
 */
export async function plansWithProgress(files: readonly string[], flags: ProgressFlags, io: Io, maxBytes: number, language: Language): Promise<PlanWithProgress[]> {
  const key = (path: string) => (path === '-' ? path : resolve(io.cwd, path));
  const plans = files.filter((f) => !isProgressFile(f));
  const named = files.filter(isProgressFile);
  const planKeys = new Set(plans.map(key));
  const extra: string[] = [];
  for (const progress of named) {
    const plan = planBesideProgress(progress);
    if (!planKeys.has(key(plan))) {
      planKeys.add(key(plan));
      extra.push(plan);
    }
  }
  const all = [...plans.map((path) => ({ path, extra: false })), ...extra.map((path) => ({ path, extra: true }))];
  return Promise.all(
    all.map(async ({ path, extra }) => {
      const plan = await readPlan(path, io, maxBytes, language);
      const progress = await readProgressInputs(path, flags, io, maxBytes, language);
      const have = new Set(progress.map((p) => key(p.path)));
      const mine = flags.progress === false ? [] : named.filter((p) => key(planBesideProgress(p)) === key(path) && !have.has(key(p)));
      const more = await Promise.all(mine.map((p) => readPlan(p, io, maxBytes, language)));
      const onlyIn = extra ? named.filter((p) => key(planBesideProgress(p)) === key(path)).map((p) => progress.find((q) => key(q.path) === key(p))?.path ?? p) : undefined;
      return { plan, progress: [...progress, ...more], ...(onlyIn ? { onlyIn } : {}) };
    }),
  );
}

/**
 * The as-of day for a plan's progress: --as-of, else SOURCE_DATE_EPOCH, else today in the plan's
 * time zone. The zone is read from the text (the plan is not compiled yet); an unknown or
 * absent one falls back to the default zone, which the plan would also get.
 */
export function asOfFor(plan: PlanInput, flags: ProgressFlags, io: Io, language: Language): IsoDate | undefined {
  const written = /\btimezone:\s*['"]?([A-Za-z][\w+\-/]*)/.exec(plan.text)?.[1];
  const reading = written ? readTimezone(written) : undefined;
  const zone = reading && 'zone' in reading ? reading.zone : DEFAULT_ZONE;
  return asOfDay(flags, io, zone, language, { clock: true });
}
