// `plan tasks --state …`: only the tasks whose reported state is one of those asked for.
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { isClosed, PROGRESS_STATES, readState, type ProgressState } from '../progress/states.js';
import type { TaskState } from '../progress/task-states.js';

/** A reported state, `not-reported` (no entry yet), or `open` (anything not done or cancelled). */
export type StateChoice = ProgressState | 'not-reported' | 'open';

const CHOICES: readonly StateChoice[] = [...PROGRESS_STATES, 'not-reported', 'open'];

/** The choices as the reader's language names them (the ids in English, the words a progress file writes in Chinese). */
export function stateChoices(language: Language): string {
  if (language === 'en') return CHOICES.join(t(language, 'status.choice-separator'));
  return CHOICES.map((choice) => word('zh', choice)).join(t(language, 'status.choice-separator'));
}

function word(language: Language, choice: StateChoice): string {
  if (choice === 'open') return t(language, 'status.state.open');
  return t(language, choice === 'not-reported' ? 'progress.state.unreported' : `progress.state.${choice}`);
}

/** Reads `--state` values (repeated or comma-separated; ids, Chinese or English words); an unknown one is a usage error. */
export function readStateFilter(values: readonly string[], language: Language): ReadonlySet<StateChoice> {
  const chosen = new Set<StateChoice>();
  for (const value of values.flatMap((v) => v.split(/[,，、]/)).map((v) => v.trim()).filter((v) => v !== '')) {
    const choice = readChoice(value);
    if (choice === undefined) throw new UsageError(t(language, 'status.flag.state', { states: stateChoices(language), value: t(language, 'quote', { text: value }) }));
    chosen.add(choice);
  }
  return chosen;
}

function readChoice(value: string): StateChoice | undefined {
  const state = readState(value);
  if (state !== undefined) return state;
  const lower = value.toLowerCase();
  return CHOICES.find((choice) => choice === lower || word('en', choice) === lower || word('zh', choice) === value);
}

/** Whether a task's state (null: never reported) is one of the chosen. */
export function stateMatches(state: TaskState | null, chosen: ReadonlySet<StateChoice>): boolean {
  if (state === null) return chosen.has('not-reported') || chosen.has('open');
  return chosen.has(state.state) || (chosen.has('open') && !isClosed(state.state));
}
