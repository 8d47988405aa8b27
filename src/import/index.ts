/** `plan import`: a plan document (text, .docx, .xlsx, .csv) into plan YAML. */
export { buildDraft, MissingYearError, type ImportOptions } from './build.js';
export { emitYaml, type EmitYamlOptions } from './emit-yaml.js';
export type { DraftPlan, DraftPhase, DraftTask, DraftEvent, DraftUnitOut } from './draft.js';

import { compile } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import type { Block } from './blocks.js';
import { makeBuildable } from './buildable.js';
import { buildDraft, type ImportOptions } from './build.js';
import type { DraftPlan } from './draft.js';
import { emitYaml, type EmitYamlOptions } from './emit-yaml.js';

/** Count of TODOs a human must settle in a draft. */
export function countTodos(draft: DraftPlan): number {
  const tasks = [...draft.phases.flatMap((p) => p.tasks), ...draft.measures];
  return draft.todos.length + draft.phases.reduce((n, p) => n + p.todos.length, 0) + tasks.reduce((n, t) => n + t.todos.length, 0);
}

/**
 * The checks `plan build` runs, in the secretary's language (that of the import's todos, which
 * quote them), on a YAML text: what must pass for the import to build. (Rules at their
 * defaults: an imported plan has no config of its own yet.)
 */
export function checkImported(yaml: string, language: Language = 'zh'): readonly Diagnostic[] {
  return compile({ path: 'imported.yaml', text: yaml }, { language }).diagnostics;
}

/**
 * Text (or a reader's blocks) in, plan YAML out (plus the draft, for callers that want to look
 * inside): a plan that builds, whatever import could not settle kept as todos.
 */
export function importPlanText(text: string | readonly Block[], options: ImportOptions & EmitYamlOptions): { yaml: string; draft: DraftPlan; todos: number } {
  const language = options.language ?? 'zh';
  const { draft, yaml } = makeBuildable(buildDraft(text, options), (d) => emitYaml(d, options), (written) => checkImported(written, language), language);
  return { yaml, draft, todos: countTodos(draft) };
}
