import { resolve } from 'node:path';
import { compile, type CompiledPlan, type CompileOptions, type CompileResult } from '../../compile.js';
import { UsageError } from '../../diagnostics/errors.js';
import type { Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { IsoDate } from '../../model/plan.js';
import { DEFAULT_HORIZON_DAYS, DEFAULT_STALE_DAYS, progressReport } from '../../progress/report-model.js';
import { REPORT_FORMATS, renderers, type ReportFormat } from '../../progress-report/renderers.js';
import { plansWithProgress } from '../plans-with-progress.js';
import { matchUnits } from '../../multi/match-units.js';
import { conflictDiagnostics } from '../../multi/conflict-diagnostics.js';
import { terminalWidth } from '../../tasks/terminal-width.js';
import { writeFileAtomic } from '../../write/file.js';
import { blocksOutput } from '../blocking.js';
import { useColor } from '../color.js';
import type { ExitCode } from '../exit-code.js';
import { expandGlobs } from '../expand-globs.js';
import { findConfig } from '../find-config.js';
import type { Io, OutStream } from '../io.js';
import { fallbackLanguage, runLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { asOfDay, type ProgressFlags } from '../progress-flags.js';
import { printDiagnostics, reportLanguage } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';

export interface ReportOptions extends LimitFlags, ProgressFlags {
  readonly format?: string;
  readonly out?: string;
  readonly staleDays?: string;
  readonly horizon?: string;
  readonly width?: string;
  readonly lang?: string;
  readonly holidays?: string;
}

/** The zone most plans are in: the day is first worked out there, and again only if the plan says otherwise. */
const USUAL_ZONE = 'Asia/Shanghai';

const BINARY: ReadonlySet<ReportFormat> = new Set(['docx', 'xlsx']);

function wholeDays(flag: string, value: string | undefined, fallback: number, language: Language): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1)) throw new UsageError(t(language, 'report.error.days', { flag, value: t(language, 'quote', { text: value }) }));
  return n;
}

/**
 * `plan report PLAN... [--as-of DAY] [--format …] [-o FILE]`: the 督办 report of one or more plans
 * with their progress. Any error in a plan or a progress file: the diagnostics, exit 1, no report.
 */
export async function reportCommand(args: readonly string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  const early = runLanguage(options.lang, io);
  const format = (options.format ?? 'terminal') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(t(early, 'report.error.format', { value: t(early, 'quote', { text: String(options.format) }), formats: REPORT_FORMATS.join(', ') }));
  const staleDays = wholeDays('--stale-days', options.staleDays, DEFAULT_STALE_DAYS, early);
  const horizonDays = wholeDays('--horizon', options.horizon, DEFAULT_HORIZON_DAYS, early);
  const width = terminalWidth(options.width, io.stdout, early);
  if (BINARY.has(format) && options.out === undefined && io.stdout.isTTY === true) throw new UsageError(t(early, 'report.error.binary-to-terminal', { format }));
  // One reading of the clock for the whole run: the day cannot change between two looks at it.
  const instant = (io.now ?? (() => new Date()))();
  const clockIo: Io = { ...io, now: () => instant };
  const dayIn = (zone: string): IsoDate => asOfDay(options, clockIo, zone, early, { clock: true })!;

  const limits = limitsFrom(options, early);
  // Progress files named among the plans go with their plan (read even if not named), as in `plan lint`.
  const inputs = await plansWithProgress(expandGlobs(args.length > 0 ? args : ['plan.yaml'], io.cwd), options, io, limits.maxBytes, early);
  // --progress names one plan's files: with several plans, which plan each is for is left to their place.
  if (inputs.length > 1 && Array.isArray(options.progress) && options.progress.length > 0) throw new UsageError(t(early, 'report.error.progress-with-several-plans'));
  const shared: CompileOptions = { config: findConfig(io, undefined, options.lang, early), holidays: readHolidayFile(io, options.holidays, early), limits, ...fallbackLanguage(io) };
  // The rules judge entries against today (SOURCE_DATE_EPOCH or the clock), not against --as-of:
  // a report looking back at 9月30日 must not call the October entries errors, while an entry
  // dated after today is still one (a mistyped year).
  const todayIn = (zone: string): IsoDate => asOfDay({}, clockIo, zone, early, { clock: true })!;
  const compileAll = (today: IsoDate): CompileResult[] => inputs.map(({ plan, progress }) => compile(plan, { ...shared, progress, asOf: today }));

  let today = todayIn(USUAL_ZONE);
  let results = compileAll(today);
  // The day is the first plan's: worked out again in its own zone if that differs.
  const zone = results[0]?.plan?.timezone;
  if (zone !== undefined && zone !== USUAL_ZONE && todayIn(zone) !== today) {
    today = todayIn(zone);
    results = compileAll(today);
  }
  const asOf = options.asOf === undefined ? today : dayIn(zone ?? USUAL_ZONE);
  const listed = results.map((result, i) => ({ file: inputs[i]!.plan.path, text: inputs[i]!.plan.text, result, progress: inputs[i]!.progress }));
  if (results.some((r) => !r.plan || blocksOutput(r.diagnostics))) {
    printDiagnostics(listed, 'stylish', io, io.stderr, early);
    return 1;
  }
  const language = reportLanguage(listed, early);
  const ready = results as CompiledPlan[];
  const compiled = ready.map((r) => ({ plan: r.plan, ...(r.progress ? { log: r.progress } : {}) }));
  // Units are rows across the plans: a unit id naming two bodies would count them as one.
  const matching = matchUnits(compiled.map((c) => c.plan));
  if (matching.conflicts.length > 0) {
    const found = conflictDiagnostics(matching.conflicts, ready.map((r) => r.source), language);
    printDiagnostics(listed.map((l, i) => ({ ...l, result: { ...l.result, diagnostics: found.filter((f) => f.planIndex === i).map((f) => f.diagnostic) } })), 'stylish', io, io.stderr, early);
    return 1;
  }
  const report = progressReport(compiled, { asOf, staleDays, horizonDays, unitKey: matching.unitKey });

  const render = await renderers[format]();
  const toFile = options.out !== undefined && options.out !== '-';
  const rendered = render({ report, language, width, color: format === 'terminal' && !toFile && useColor(io, io.stdout) });
  if (toFile) writeFileAtomic(resolve(io.cwd, options.out!), rendered, { shown: options.out! });
  else (io.stdout as OutStream & { write(data: string | Uint8Array): void }).write(rendered);
  return 0;
}
