import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { DraftPhase, DraftPlan, DraftTask } from './draft.js';
import { wholeYear } from './text-dates.js';

/** The task fields that hold dates: dropping one leaves a task the compiler accepts. */
const DATE_FIELDS = ['due', 'when', 'repeat', 'sessions', 'events'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** A date field's value as a todo quotes it: the wording, the events' dates, or a span. */
function describe(value: unknown, language: Language): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((e: { at?: string }) => e.at ?? '').join(t(language, 'import.list.separator'));
  if (value && typeof value === 'object' && 'start' in value && 'end' in value) return t(language, 'import.range', { start: String(value.start), end: String(value.end) });
  return '';
}

function withoutField(task: DraftTask, field: DateField, why: string, language: Language): DraftTask {
  const copy: Record<string, unknown> = { ...task };
  const value = copy[field];
  delete copy[field];
  if (field === 'events') copy.events = [];
  const todo = t(language, 'import.todo.dateDropped', { text: describe(value, language), why, field });
  return { ...(copy as unknown as DraftTask), todos: [...task.todos, todo] };
}

/** Applies one blocking diagnostic to the draft; false when it does not know how. */
function settle(draft: DraftPlan, d: Diagnostic, language: Language): DraftPlan | undefined {
  const path = d.path ?? [];
  const why = d.message.replace(/\s+/g, ' ').slice(0, 120);
  // A task's date the compiler rejects (unreadable, or due before it starts): the field goes,
  // the wording stays in the detail, a todo says so.
  const taskAt = path[0] === 'phases' && path[2] === 'tasks' ? { phase: path[1] as number, task: path[3] as number, field: path[4] } : path[0] === 'measures' ? { phase: -1, task: path[1] as number, field: path[2] } : undefined;
  if (taskAt) {
    const list = taskAt.phase === -1 ? draft.measures : draft.phases[taskAt.phase]?.tasks;
    const task = list?.[taskAt.task];
    if (!task) return undefined;
    const present = DATE_FIELDS.filter((f) => (task as unknown as Record<string, unknown>)[f] !== undefined && !(f === 'events' && task.events.length === 0));
    const field = DATE_FIELDS.find((f) => f === taskAt.field) ?? (d.code === 'task-dates-ordered' ? present.find((f) => f === 'due') ?? present[0] : undefined);
    if (!field || !present.includes(field)) return undefined;
    const fixed = withoutField(task, field, why, language);
    if (taskAt.phase === -1) return { ...draft, measures: draft.measures.map((t, i) => (i === taskAt.task ? fixed : t)) };
    return { ...draft, phases: draft.phases.map((p, i) => (i === taskAt.phase ? { ...p, tasks: p.tasks.map((t, k) => (k === taskAt.task ? fixed : t)) } : p)) };
  }
  // A phase window the compiler cannot read: the plan's year stands in, with a todo.
  if (path[0] === 'phases' && path[2] === 'when') {
    const i = path[1] as number;
    const phase = draft.phases[i];
    if (!phase) return undefined;
    const fixed: DraftPhase = { ...phase, when: draft.plan.period ?? wholeYear(draft.plan.year), todos: [...phase.todos, t(language, 'import.todo.phaseDateDropped', { text: describe(phase.when, language), why })] };
    return { ...draft, phases: draft.phases.map((p, k) => (k === i ? fixed : p)) };
  }
  return undefined;
}

/**
 * Import promises a plan that builds: every error that would stop `plan build` (other than the
 * open todos themselves) is settled by taking the offending date out of its field and saying so
 * in a todo. `check` compiles a YAML text; `emit` writes the draft. At most a few rounds: each
 * round removes at least one field, and a draft it cannot settle is returned as it is. The todos
 * are in `language`, and so should `check`'s messages be: a todo quotes them.
 */
export function makeBuildable(draft: DraftPlan, emit: (d: DraftPlan) => string, check: (yaml: string) => readonly Diagnostic[], language: Language): { draft: DraftPlan; yaml: string } {
  let current = draft;
  let yaml = emit(current);
  for (let round = 0; round < 5; round++) {
    const blocking = check(yaml).filter((d) => d.severity === 'error' && d.code !== 'unsettled');
    if (blocking.length === 0) break;
    let next = current;
    let changed = false;
    for (const d of blocking) {
      const settled = settle(next, d, language);
      if (settled) {
        next = settled;
        changed = true;
      }
    }
    if (!changed) break;
    current = next;
    yaml = emit(current);
  }
  return { draft: current, yaml };
}
