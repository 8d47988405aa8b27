import chalk, { Chalk } from 'chalk';
import { UsageError } from '../../diagnostics/errors.js';
import { hasErrors } from '../../diagnostics/sort.js';
import { escapeMarkdownCell } from '../../emit/escape.js';
import { labelsFor, parseLocale } from '../../emit/labels.js';
import { isoFromInstant } from '../../emit/summary/format.js';
import { csvField } from '../../emit/unit-lists/csv.js';
import { taskList } from '../../emit/unit-lists/task-list.js';
import type { TaskListRow } from '../../emit/unit-lists/task-list.js';
import { textTable } from '../../emit/unit-lists/text-table.js';
import type { IsoDate, ResolvedPlan } from '../../model/plan.js';
import { resolveUnitRefs } from '../../resolve/owners.js';
import { useColor } from '../color.js';
import { compile } from '../../compile.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import type { Io } from '../io.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';

export const TASK_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type TaskFormat = (typeof TASK_FORMATS)[number];

export interface TasksOptions extends LimitFlags {
  readonly unit?: string;
  readonly format?: string;
  readonly today?: string;
  readonly locale?: string;
  readonly holidays?: string;
}

/** `--today`, else SOURCE_DATE_EPOCH (reproducible runs), else the clock: this view is about now. */
export function todayFrom(options: { today?: string }, env: Io['env'], now: () => Date = () => new Date()): IsoDate {
  if (options.today !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.today);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || isoFromInstant(date) !== options.today) throw new UsageError(`--today takes a date as YYYY-MM-DD, got '${options.today}'`);
    return options.today;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${epoch}'`);
    return isoFromInstant(new Date(Number(epoch) * 1000));
  }
  // The reader's own calendar day, not UTC's: "today" in Beijing at 07:00 is not yesterday.
  const d = now();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function unitId(plan: ResolvedPlan, given: string): string {
  const byKey = new Map<string, (typeof plan.units)[number]>();
  for (const unit of plan.units) for (const key of [unit.id, unit.name, ...unit.aliases]) byKey.set(key, unit);
  const result = resolveUnitRefs([given], { units: plan.units, byKey }, ['--unit']);
  const first = result.diagnostics[0];
  if (first) throw new UsageError(`--unit: ${first.message}`);
  const id = result.ids[0];
  if (id === undefined) throw new UsageError(`--unit: no unit '${given}' in the plan`);
  return id;
}

function cells(plan: ResolvedPlan, rows: readonly TaskListRow[], withRole: boolean): string[][] {
  const L = labelsFor(plan.locale);
  const header = [L.due, '', ...(withRole ? [L.role] : []), L.number, L.task, L.lead, L.support];
  return [
    header,
    ...rows.map((r) => [
      r.info.task.due,
      r.relative,
      ...(withRole ? [r.role === 'lead' ? L.roleLead : L.roleSupport] : []),
      r.info.number,
      r.info.task.title,
      r.info.leadNames,
      r.info.supportNames,
    ]),
  ];
}

function render(plan: ResolvedPlan, rows: readonly TaskListRow[], format: TaskFormat, withRole: boolean, color: boolean): string {
  if (format === 'json') {
    const json = rows.map((r) => ({
      id: r.info.task.id,
      number: r.info.number,
      title: r.info.task.title,
      phase: r.info.phaseIndex >= 0 ? r.info.phaseTitle : null,
      ...(r.role ? { role: r.role } : {}),
      lead: r.info.task.lead,
      support: r.info.task.support,
      start: r.info.task.start,
      end: r.info.task.end,
      due: r.info.task.due,
      daysLeft: r.status === 'ongoing' ? null : r.daysLeft,
      status: r.status,
    }));
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const table = cells(plan, rows, withRole);
  // The relative column has no heading of its own in a table; machine formats name it.
  if (format !== 'table') table[0]![1] = plan.locale === 'en' ? 'Status' : '状态';
  if (format === 'csv') return `${table.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
  if (format === 'md') {
    const [head = [], ...body] = table;
    const line = (row: readonly string[]): string => `| ${row.map(escapeMarkdownCell).join(' | ')} |`;
    return [line(head), `|${head.map(() => ' --- |').join('')}`, ...body.map(line)].join('\n') + '\n';
  }
  const paint = new Chalk({ level: color ? Math.max(1, chalk.level) as 1 | 2 | 3 : 0 });
  return textTable(table, {
    paint: (text, i) => {
      if (i === 0) return paint.bold(text);
      const status = rows[i - 1]?.status;
      return status === 'overdue' ? paint.red(text) : status === 'due-soon' ? paint.yellow(text) : text;
    },
  });
}

/** `plan tasks PLAN [--unit U] [--today D] [--format table|md|csv|json]`: a task list to stdout. */
export async function tasksCommand(file: string | undefined, options: TasksOptions, io: Io): Promise<ExitCode> {
  const format = (options.format ?? 'table') as TaskFormat;
  if (!TASK_FORMATS.includes(format)) throw new UsageError(`--format takes one of ${TASK_FORMATS.join(', ')}, got '${options.format}'`);
  const today = todayFrom(options, io.env);
  const locale = parseLocale(options.locale);
  const limits = limitsFrom(options);
  const input = await readPlan(file, io, limits.maxBytes);
  const holidays = readHolidayFile(io, options.holidays);
  const result = compile(input, { config: findConfig(io), holidays, limits });
  if (!result.plan || hasErrors(result.diagnostics)) {
    printDiagnostics([{ file: input.path, text: input.text, result }], 'stylish', io, io.stderr);
    return 1;
  }
  const plan = locale ? { ...result.plan, locale } : result.plan;
  const unit = options.unit !== undefined ? unitId(plan, options.unit) : undefined;
  const rows = taskList(plan, today, unit);
  io.stdout.write(render(plan, rows, format, unit !== undefined, format === 'table' && useColor(io, io.stdout)));
  return 0;
}
