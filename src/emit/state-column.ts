import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Locale } from '../model/plan.js';
import type { ProgressState } from '../progress/states.js';
import type { TaskState, TaskStates } from '../progress/task-states.js';
import { languageOfLocale } from './labels.js';
import { readableDate } from './summary/format.js';

/**
 * The 进展 column of the unit lists, the summary and `plan tasks`: its heading and each task's
 * cell. Present only when progress was given, so outputs without progress stay as they were.
 */
export interface StateColumn {
  readonly heading: string;
  /** `已完成（5月10日）`, `推进中（60%）`, `未报送` for a task never reported. */
  cell(taskId: string): string;
  /** The task's state, for outputs that show it as data (undefined: never reported). */
  state(taskId: string): TaskState | undefined;
}

/** The column for these states in the outputs' language; undefined without progress. */
export function stateColumn(states: TaskStates | undefined, locale: Locale, planYear: number): StateColumn | undefined {
  if (states === undefined) return undefined;
  const language = languageOfLocale(locale);
  return {
    heading: t(language, 'status.heading'),
    cell: (taskId) => stateCell(states.get(taskId), language, (iso) => readableDate(iso, locale, planYear)),
    state: (taskId) => states.get(taskId),
  };
}

/** One task's cell: the state word, with the day it was finished, or the percent reported. */
export function stateCell(state: TaskState | undefined, language: Language, date: (iso: string) => string): string {
  if (state === undefined) return t(language, 'progress.state.unreported');
  const word = stateWord(state.state, language);
  if (state.state === 'done' && state.finished !== undefined) return t(language, 'status.cell.done', { state: word, date: date(state.finished) });
  if (state.percent !== undefined) return t(language, 'status.cell.percent', { state: word, percent: state.percent });
  return word;
}

export function stateWord(state: ProgressState, language: Language): string {
  return t(language, `progress.state.${state}`);
}
