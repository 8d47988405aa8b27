import { resolve } from 'node:path';
import { parse } from 'yaml';
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
  const namedInputs = new Map(await Promise.all(named.map(async (p) => [p, await readPlan(p, io, maxBytes, language)] as const)));
  const read = await Promise.all(
    all.map(async ({ path, extra }) => ({ path, extra, plan: await readPlan(path, io, maxBytes, language), given: await readProgressInputs(path, flags, io, maxBytes, language) })),
  );
  return read.map(({ path, extra, plan, given }) => {
    // --progress with several plans: each file goes with the plan whose id it records.
    const progress = read.length > 1 && flags.progress ? given.filter((p) => belongsTo(p.text, plan.text)) : given;
    const have = new Set(progress.map((p) => key(p.path)));
    const mine = flags.progress === false ? [] : named.filter((p) => key(planBesideProgress(p)) === key(path) && !have.has(key(p)));
    const onlyIn = extra ? named.filter((p) => key(planBesideProgress(p)) === key(path)).map((p) => progress.find((q) => key(q.path) === key(p))?.path ?? p) : undefined;
    return { plan, progress: [...progress, ...mine.map((p) => namedInputs.get(p)!)], ...(onlyIn ? { onlyIn } : {}) };
  });
}

/**
 * Whether a progress file records this plan (its `plan:` is the plan's id). Read only to share
 * --progress files among several plans; a file either text cannot tell about goes with every plan,
 * where the loader says what is wrong with it.
 */
function belongsTo(progressText: string, planText: string): boolean {
  const recorded = idIn(progressText, (data) => (data as { plan?: unknown }).plan);
  const id = idIn(planText, (data) => ((data as { plan?: { id?: unknown } }).plan ?? {}).id);
  return recorded === undefined || id === undefined || recorded === id;
}

function idIn(text: string, pick: (data: object) => unknown): string | undefined {
  try {
    const data: unknown = parse(text, { maxAliasCount: 100 });
    const value = data && typeof data === 'object' ? pick(data) : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
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
