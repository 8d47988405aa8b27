import type { Diagnostic, PlanPath, SourceSpan } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { parseIso } from '../dates/day-number.js';
import type { Language } from '../i18n/language.js';
import { quotedList, t } from '../i18n/messages.js';
import { defaultLoadLimits, load, type LoadLimits } from '../load/load.js';
import { locate } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import type { IsoDate, ResolvedPlan, Task, Unit } from '../model/plan.js';
import { readState } from './states.js';
import type { EntrySpans, ProgressEntry, ProgressLog } from './types.js';
import { validateProgress, type RawProgress, type RawProgressEntry } from './validate-progress.js';

export interface ProgressInput {
  readonly path: string;
  readonly text: string;
}

export interface LoadedProgress {
  /** The entries that resolved; present whenever any file parsed, errors or not (callers stop on errors). */
  readonly log: ProgressLog;
  /** Located in their progress file (file, line, column), in the order found. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Every task and measure of the plan by id. */
export function tasksById(plan: ResolvedPlan): ReadonlyMap<string, Task> {
  const byId = new Map<string, Task>();
  for (const phase of plan.phases) for (const task of phase.tasks) byId.set(task.id, task);
  for (const measure of plan.measures) byId.set(measure.id, measure);
  return byId;
}

/** Every name a unit answers to (id, name, aliases) → the unit. */
function unitsByName(plan: ResolvedPlan): ReadonlyMap<string, Unit> {
  const byName = new Map<string, Unit>();
  for (const unit of plan.units) for (const key of [unit.id, unit.name, ...unit.aliases]) if (!byName.has(key)) byName.set(key, unit);
  return byName;
}

/**
 * Reads progress files (one, or one per unit) against the resolved plan: YAML, the progress
 * schema, then every reference (plan id, task ids, units, calendar dates). Files are read in
 * the order given (callers sort them), entries kept in date order.
 */
export function loadProgress(inputs: readonly ProgressInput[], plan: ResolvedPlan, language: Language, limits: LoadLimits = defaultLoadLimits): LoadedProgress {
  const diagnostics: Diagnostic[] = [];
  const entries: ProgressEntry[] = [];
  const scope: Scope = { plan, language, tasks: tasksById(plan), units: unitsByName(plan) };
  for (const input of inputs) {
    const loaded = load(input, limits, language);
    const source = loaded.value?.source;
    diagnostics.push(...(source ? loaded.diagnostics.map((d) => located(d, source)) : loaded.diagnostics));
    if (!loaded.value || !source) continue;
    const validated = validateProgress(loaded.value.data, language);
    diagnostics.push(...validated.diagnostics.map((d) => located(d, source)));
    if (!validated.value) continue;
    readFile(validated.value, source, scope, entries, diagnostics);
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return { log: { planId: plan.id, files: inputs.map((i) => i.path), entries }, diagnostics };
}

interface Scope {
  readonly plan: ResolvedPlan;
  readonly language: Language;
  readonly tasks: ReadonlyMap<string, Task>;
  readonly units: ReadonlyMap<string, Unit>;
}

function readFile(raw: RawProgress, source: SourceFile, scope: Scope, entries: ProgressEntry[], diagnostics: Diagnostic[]): void {
  const { language, plan } = scope;
  const error = (code: string, path: PlanPath, message: string, suggestions?: readonly string[]): void => {
    diagnostics.push(located({ code, stage: 'resolve', severity: 'error', path, message, ...(suggestions && suggestions.length > 0 ? { suggestions } : {}) }, source));
  };
  if (raw.plan !== plan.id) {
    error('progress-plan-mismatch', ['plan'], t(language, 'progress-plan-mismatch', { found: raw.plan, plan: plan.id, file: plan.file }));
    return;
  }
  const fileUnit = raw.unit === undefined ? undefined : unitNamed(raw.unit, ['unit'], scope, error);
  raw.entries.forEach((rawEntry, i) => {
    const path: PlanPath = ['entries', i];
    const entry = readEntry(rawEntry, path, source, scope, fileUnit, error, entries.length);
    if (entry) entries.push(entry);
  });
}

function readEntry(
  raw: RawProgressEntry,
  path: PlanPath,
  source: SourceFile,
  scope: Scope,
  fileUnit: Unit | undefined,
  error: (code: string, path: PlanPath, message: string, suggestions?: readonly string[]) => void,
  order: number,
): ProgressEntry | undefined {
  const { language } = scope;
  let ok = true;
  if (!scope.tasks.has(raw.task)) {
    const suggestions = didYouMean(raw.task, scope.tasks.keys());
    const message =
      suggestions.length > 0
        ? t(language, 'progress-unknown-task.suggest', { task: raw.task, names: quotedList(language, suggestions) })
        : t(language, 'progress-unknown-task', { task: raw.task });
    error('progress-unknown-task', [...path, 'task'], message, suggestions);
    ok = false;
  }
  if (parseIso(raw.date) === undefined) {
    error('progress-invalid-date', [...path, 'date'], t(language, 'progress-invalid-date', { date: raw.date }));
    ok = false;
  }
  const unit = raw.unit === undefined ? fileUnit : unitNamed(raw.unit, [...path, 'unit'], scope, error);
  if (raw.unit !== undefined && !unit) ok = false;
  const state = readState(raw.state);
  if (!ok || !state) return undefined;
  const spans = new LazySpans(source, path, raw.unit !== undefined ? 'entry' : fileUnit ? 'file' : undefined, raw.percent !== undefined);
  // Built in one shape, optional fields added after: objects spread from conditional spreads
  // made reading 18,000 entries (standings, report) three times slower.
  const entry: { -readonly [K in keyof ProgressEntry]: ProgressEntry[K] } = { task: raw.task, date: raw.date as IsoDate, state, file: source.path, path, order, spans };
  if (raw.percent !== undefined) entry.percent = raw.percent;
  if (raw.note !== undefined) entry.note = raw.note.trim();
  if (unit) entry.unit = unit.id;
  return entry;
}

/**
 * Spans found when first read, then kept. Locating an entry walks its file from the top, so
 * locating every field of every entry up front cost O(entries²): 20 s for a 10,000-task plan's
 * 18,000 entries, to answer the few diagnostics that ever ask. One small object an entry (no
 * closures), since a report reads thousands of entries and asks for none of their spans.
 */
class LazySpans implements EntrySpans {
  #entry: SourceSpan | undefined;
  #task: SourceSpan | undefined;
  #date: SourceSpan | undefined;
  #state: SourceSpan | undefined;
  #unit: SourceSpan | undefined;
  #percent: SourceSpan | undefined;
  readonly #source: SourceFile;
  readonly #path: PlanPath;
  /** Where the entry's unit is written: in the entry, in the file's `unit:`, or nowhere. */
  readonly #unitAt: 'entry' | 'file' | undefined;
  readonly #hasPercent: boolean;
  constructor(source: SourceFile, path: PlanPath, unitAt: 'entry' | 'file' | undefined, hasPercent: boolean) {
    this.#source = source;
    this.#path = path;
    this.#unitAt = unitAt;
    this.#hasPercent = hasPercent;
  }
  #at(key: string): SourceSpan {
    return locate(this.#source, [...this.#path, key]);
  }
  get entry(): SourceSpan {
    return (this.#entry ??= locate(this.#source, this.#path));
  }
  get task(): SourceSpan {
    return (this.#task ??= this.#at('task'));
  }
  get date(): SourceSpan {
    return (this.#date ??= this.#at('date'));
  }
  get state(): SourceSpan {
    return (this.#state ??= this.#at('state'));
  }
  get unit(): SourceSpan | undefined {
    if (this.#unitAt === undefined) return undefined;
    return (this.#unit ??= this.#unitAt === 'entry' ? this.#at('unit') : locate(this.#source, ['unit']));
  }
  get percent(): SourceSpan | undefined {
    return this.#hasPercent ? (this.#percent ??= this.#at('percent')) : undefined;
  }
}

function unitNamed(name: string, path: PlanPath, scope: Scope, error: (code: string, path: PlanPath, message: string, suggestions?: readonly string[]) => void): Unit | undefined {
  const unit = scope.units.get(name.trim());
  if (unit) return unit;
  const suggestions = didYouMean(name.trim(), scope.units.keys());
  const message =
    suggestions.length > 0
      ? t(scope.language, 'progress-unknown-unit.suggest', { unit: name, names: quotedList(scope.language, suggestions) })
      : t(scope.language, 'progress-unknown-unit', { unit: name, units: scope.plan.units.map((u) => u.name).join(t(scope.language, 'list.separator')) });
  error('progress-unknown-unit', path, message, suggestions);
  return undefined;
}

function located(diagnostic: Diagnostic, source: SourceFile): Diagnostic {
  if (diagnostic.span) return diagnostic;
  return { ...diagnostic, span: locate(source, diagnostic.path, { ...(diagnostic.atKey ? { atKey: true } : {}) }) };
}
