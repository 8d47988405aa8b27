import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compile } from '../../compile.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { UsageError } from '../../diagnostics/errors.js';
import { languageForText } from '../../i18n/choose.js';
import type { Language } from '../../i18n/language.js';
import { quotedList, t } from '../../i18n/messages.js';
import type { IsoDate, ResolvedPlan, Task, Unit } from '../../model/plan.js';
import { appendEntry } from '../../progress/append-entry.js';
import { tasksById, type ProgressInput } from '../../progress/load-progress.js';
import { chineseState, PROGRESS_STATES, readState, type ProgressState } from '../../progress/states.js';
import { writeFileAtomic } from '../../write/file.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { asOfFor } from '../plans-with-progress.js';
import { asOfDay, readDay, readProgressInputs } from '../progress-flags.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';
import { schemaRef } from './init.js';

export interface ProgressOptions extends LimitFlags {
  readonly date?: string;
  readonly percent?: string;
  readonly note?: string;
  readonly unit?: string;
  readonly file?: string;
  readonly lang?: string;
  readonly config?: string;
  readonly holidays?: string;
}

/**
 * `plan progress PLAN TASK STATE`: appends one dated entry to the plan's progress file, so a
 * secretary never edits YAML by hand. The whole result is checked (plan, progress, rules) before
 * anything is written; a result with errors in that file is refused and nothing changes.
 */
export async function progressCommand(planFile: string, taskWord: string, stateWord: string, options: ProgressOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  const limits = limitsFrom(options, runs);
  const planInput = await readPlan(planFile, io, limits.maxBytes, runs);
  const config = findConfig(io, options.config, options.lang, languageForText(planInput.text, options.lang, io.env));
  const language = languageForText(planInput.text, options.lang ?? config?.lang, io.env);
  if (planInput.path === '<stdin>') throw new UsageError(t(language, 'record.no-stdin'));
  const holidays = readHolidayFile(io, options.holidays, language);
  const shared = { config, holidays, limits, language };

  const compiled = compile(planInput, shared);
  if (!compiled.plan) {
    printDiagnostics([{ file: planInput.path, text: planInput.text, result: compiled }], 'stylish', io, io.stderr, language);
    io.stderr.write(`plan: ${t(language, 'record.plan-broken', { file: planInput.path })}\n`);
    return 1;
  }
  const plan = compiled.plan;
  const task = taskNamed(taskWord, plan, language);
  const state = stateNamed(stateWord, language);
  const unit = options.unit === undefined ? undefined : unitNamed(options.unit, plan, language);
  const percent = options.percent === undefined ? undefined : percentOf(options.percent, language);
  const { date, from } = dayOf(options, io, plan, language);
  const note = options.note?.trim() ? options.note.trim() : undefined;

  const target = targetFile(planInput.path, unit, options.file, io.cwd);
  const absolute = resolve(io.cwd, target);
  const existing = existsSync(absolute) ? (await readPlan(target, io, limits.maxBytes, language)).text : undefined;
  const ownUnit = existing === undefined ? (target.endsWith(`.progress/${unit?.id}.yaml`) ? unit : undefined) : fileUnit(existing, plan);
  const text = appendEntry(
    existing,
    {
      task: task.id,
      date,
      state: chineseState(state),
      ...(percent !== undefined ? { percent } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(unit && unit !== ownUnit ? { unit: unit.name } : {}),
    },
    { schema: schemaRef(absolute).replace(/plan\.schema\.json$/, 'progress.schema.json'), plan: plan.id, ...(ownUnit ? { unit: ownUnit.name } : {}) },
  );

  // The plan's progress as it would be after writing: the files beside it, with this one changed or added.
  const beside = await readProgressInputs(planInput.path, {}, io, limits.maxBytes, language);
  const progress: ProgressInput[] = beside.some((p) => resolve(io.cwd, p.path) === absolute)
    ? beside.map((p) => (resolve(io.cwd, p.path) === absolute ? { path: p.path, text } : p))
    : [...beside, { path: target, text }];
  const shown = progress.find((p) => resolve(io.cwd, p.path) === absolute)!.path;
  const asOf = asOfFor(planInput, {}, io, language);
  // Judged on today (or SOURCE_DATE_EPOCH): a --date after it, such as a mistyped year, is refused.
  const checked = compile(planInput, { ...shared, progress, ...(asOf ? { asOf } : {}) });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error' && d.span?.file === shown);
  if (errors.length > 0) {
    printDiagnostics([{ file: planInput.path, text: planInput.text, progress: [{ path: shown, text }], result: { ...checked, diagnostics: errors } }], 'stylish', io, io.stderr, language);
    io.stderr.write(`plan: ${t(language, 'record.refused', { file: shown })}\n`);
    return 1;
  }
  writeFileAtomic(absolute, text, { shown });
  io.stdout.write(
    `${t(language, 'record.recorded', {
      file: shown,
      task: task.title,
      state: t(language, `progress.state.${state}`),
      date,
      percent: percent === undefined ? '' : t(language, 'record.percent', { percent }),
      from: t(language, `record.day.${from}`),
    })}\n`,
  );
  return 0;
}

/** A task by id, else by its exact title when exactly one task has it. */
function taskNamed(word: string, plan: ResolvedPlan, language: Language): Task {
  const tasks = tasksById(plan);
  const trimmed = word.trim();
  const byId = tasks.get(trimmed);
  if (byId) return byId;
  const titled = [...tasks.values()].filter((task) => task.title === trimmed);
  if (titled.length === 1) return titled[0]!;
  if (titled.length > 1) throw new UsageError(t(language, 'record.ambiguous-title', { title: trimmed, ids: quotedList(language, titled.map((task) => task.id)) }));
  const suggestions = didYouMean(trimmed, tasks.keys());
  throw new UsageError(
    suggestions.length > 0
      ? t(language, 'record.unknown-task.suggest', { task: trimmed, names: quotedList(language, suggestions) })
      : t(language, 'record.unknown-task', { task: trimmed, file: plan.file }),
  );
}

function stateNamed(word: string, language: Language): ProgressState {
  const state = readState(word);
  if (state) return state;
  const words = PROGRESS_STATES.map((s) => `${chineseState(s)} (${s})`).join(t(language, 'list.separator'));
  throw new UsageError(t(language, 'record.unknown-state', { state: word, states: words }));
}

function unitNamed(word: string, plan: ResolvedPlan, language: Language): Unit {
  const trimmed = word.trim();
  const unit = plan.units.find((u) => u.id === trimmed || u.name === trimmed || u.aliases.includes(trimmed));
  if (unit) return unit;
  const suggestions = didYouMean(trimmed, plan.units.flatMap((u) => [u.id, u.name, ...u.aliases]));
  throw new UsageError(
    suggestions.length > 0
      ? t(language, 'record.unknown-unit.suggest', { unit: trimmed, names: quotedList(language, suggestions) })
      : t(language, 'record.unknown-unit', { unit: trimmed, units: plan.units.map((u) => u.name).join(t(language, 'list.separator')) }),
  );
}

function percentOf(text: string, language: Language): number {
  const value = Number(text.trim().replace(/%$/, ''));
  if (!/^\s*\d{1,3}\s*%?\s*$/.test(text) || !Number.isInteger(value) || value < 0 || value > 100) {
    throw new UsageError(t(language, 'record.bad-percent', { value: t(language, 'quote', { text }) }));
  }
  return value;
}

/** The entry's day: --date, else SOURCE_DATE_EPOCH, else today in the plan's time zone; and which of them it was. */
function dayOf(options: ProgressOptions, io: Io, plan: ResolvedPlan, language: Language): { date: IsoDate; from: 'given' | 'epoch' | 'today' } {
  if (options.date !== undefined) {
    const day = readDay(options.date);
    if (!day) throw new UsageError(t(language, 'record.bad-date', { value: t(language, 'quote', { text: options.date }) }));
    return { date: day, from: 'given' };
  }
  const day = asOfDay({}, io, plan.timezone, language, { clock: true })!;
  return { date: day, from: io.env.SOURCE_DATE_EPOCH ? 'epoch' : 'today' };
}

/**
 * Where the entry goes: --file; else the unit's own file when the plan keeps one file per unit
 * (`<plan>.progress/` exists); else `<plan>.progress.yaml`.
 */
function targetFile(planPath: string, unit: Unit | undefined, file: string | undefined, cwd: string): string {
  if (file !== undefined) return file;
  const stem = join(dirname(planPath), basename(planPath, extname(planPath)));
  const folder = `${stem}.progress`;
  const absolute = resolve(cwd, folder);
  if (unit && existsSync(absolute) && statSync(absolute).isDirectory()) return join(folder, `${unit.id}.yaml`);
  return `${stem}.progress.yaml`;
}

/** The unit an existing progress file belongs to (its `unit:`), when it names one of the plan's. */
function fileUnit(text: string, plan: ResolvedPlan): Unit | undefined {
  let written: unknown;
  try {
    written = (parse(text) as { unit?: unknown } | null)?.unit;
  } catch {
    return undefined;
  }
  if (typeof written !== 'string') return undefined;
  return plan.units.find((u) => u.id === written || u.name === written || u.aliases.includes(written));
}
