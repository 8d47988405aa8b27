import type { Language } from '../i18n/language.js';
import type { IsoDate } from '../model/plan.js';
import type { ProgressInput } from '../progress/load-progress.js';
import { taskStates, type TaskStates } from '../progress/task-states.js';
import type { ProgressLog } from '../progress/types.js';
import type { Io } from './io.js';
import { flagDay, readProgressInputs, type ProgressFlags } from './progress-flags.js';

/** What `plan build`, `plan ics` and `plan tasks` hand to compile about progress. */
export interface ProgressRead {
  readonly progress: readonly ProgressInput[];
  /** --as-of: states as of this day; absent: each task's latest entry, whatever the clock says. */
  readonly asOf?: IsoDate;
}

/**
 * The plan's progress files (--progress, --no-progress, else those beside it) and --as-of. Unlike
 * `plan report`, these outputs never take the day from the clock or SOURCE_DATE_EPOCH: without
 * --as-of every entry counts, so a build depends only on its files.
 */
export async function readProgress(planPath: string, flags: ProgressFlags, io: Io, maxBytes: number, language: Language): Promise<ProgressRead> {
  const asOf = flags.asOf === undefined ? undefined : flagDay(flags.asOf, language);
  const progress = await readProgressInputs(planPath, flags, io, maxBytes, language);
  return { progress, ...(asOf !== undefined ? { asOf } : {}) };
}

/** Each task's state, when any progress file was read (an empty file still makes the column). */
export function statesOf(log: ProgressLog | undefined, read: ProgressRead): TaskStates | undefined {
  return log === undefined ? undefined : taskStates(log, read.asOf);
}

/** The progress files as extra sources for printDiagnostics, so its excerpts can quote their lines. */
export function progressSources(read: ProgressRead): { file: string; text: string; result: { diagnostics: [] } }[] {
  return read.progress.map((input) => ({ file: input.path, text: input.text, result: { diagnostics: [] } }));
}
