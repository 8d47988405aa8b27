/** `plan import`: a plan document (text, .docx, .xlsx, .csv) into plan YAML. */
export { buildDraft, MissingYearError, type ImportOptions } from './build.js';
export { emitYaml, type EmitYamlOptions } from './emit-yaml.js';
export type { DraftPlan, DraftPhase, DraftTask, DraftEvent, DraftUnitOut } from './draft.js';

import type { Block } from './blocks.js';
import { buildDraft, type ImportOptions } from './build.js';
import type { DraftPlan } from './draft.js';
import { emitYaml, type EmitYamlOptions } from './emit-yaml.js';

/** Count of TODOs a human must settle in a draft. */
export function countTodos(draft: DraftPlan): number {
  const tasks = [...draft.phases.flatMap((p) => p.tasks), ...draft.measures];
  return draft.todos.length + draft.phases.reduce((n, p) => n + p.todos.length, 0) + tasks.reduce((n, t) => n + t.todos.length, 0);
}

/** Text (or a reader's blocks) in, plan YAML out (plus the draft, for callers that want to look inside). */
export function importPlanText(text: string | readonly Block[], options: ImportOptions & EmitYamlOptions): { yaml: string; draft: DraftPlan; todos: number } {
  const draft = buildDraft(text, options);
  return { yaml: emitYaml(draft, options), draft, todos: countTodos(draft) };
}
