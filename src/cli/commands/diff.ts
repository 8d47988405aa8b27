import { UsageError } from '../../diagnostics/errors.js';
import { hasErrors } from '../../diagnostics/sort.js';
import { diffPlans } from '../../diff/diff.js';
import { renderDiff, type DiffFormat } from '../../diff/render.js';
import { languageForText } from '../../i18n/choose.js';
import { t } from '../../i18n/messages.js';
import { compile } from '../../compile.js';
import type { ExitCode } from '../exit-code.js';
import { findConfig } from '../find-config.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';
import { limitsFrom, type LimitFlags } from '../limits.js';
import { readPlan } from '../read-plan.js';
import { printDiagnostics } from '../report.js';
import { readHolidayFile } from '../work-calendar.js';

export interface DiffOptions extends LimitFlags {
  readonly format: string;
  /** Compare two progress states: OLD and NEW are progress files (or folders), then the plan. */
  readonly progress?: boolean;
  /** Compare one plan's progress as of this day with as of --as-of. */
  readonly since?: string;
  readonly asOf?: string;
  readonly lang?: string;
  readonly config?: string;
  readonly holidays?: string;
}

const FORMATS: readonly DiffFormat[] = ['text', 'md', 'json'];

/**
 * `plan diff OLD NEW`: what a revision changes, for a terminal or a pull-request comment.
 * Exit 0 with the diff printed; 1 when either plan has errors (printed instead, on stderr,
 * so `plan diff a b > comment.md` never writes a misleading comment).
 */
export async function diffCommand(oldFile: string, newFile: string | undefined, planFile: string | undefined, options: DiffOptions, io: Io): Promise<ExitCode> {
  const runs = runLanguage(options.lang, io);
  if (!FORMATS.includes(options.format as DiffFormat)) throw new UsageError(t(runs, 'cli.flag.one-of', { flag: '--format', choices: FORMATS.join(', '), value: t(runs, 'quote', { text: options.format }) }));
  // Progress, not revisions: `--progress OLD NEW [PLAN]`, or `PLAN --since DAY`.
  if (options.progress || options.since !== undefined) {
    const { progressDiffCommand } = await import('../progress-diff.js');
    return progressDiffCommand([oldFile, newFile, planFile].filter((a): a is string => a !== undefined), options, io);
  }
  if (newFile === undefined || planFile !== undefined) throw new UsageError(t(runs, 'diff.usage.two-plans'));
  if (oldFile === '-' && newFile === '-') throw new UsageError(t(runs, 'cli.diff.one-stdin'));
  const limits = limitsFrom(options, runs);
  const config = findConfig(io, options.config, options.lang, runs);
  const holidays = readHolidayFile(io, options.holidays, runs);
  const inputs = [await readPlan(oldFile, io, limits.maxBytes, runs), await readPlan(newFile, io, limits.maxBytes, runs)] as const;
  // One language for the whole report: the new revision's (its locale, else the environment).
  const language = languageForText(inputs[1].text, options.lang ?? config?.lang, io.env);
  const results = inputs.map((input) => ({ file: input.path, text: input.text, result: compile(input, { config, holidays, limits, language }) }));
  const [before, after] = results as [(typeof results)[number], (typeof results)[number]];
  if (!before.result.plan || !after.result.plan || hasErrors(before.result.diagnostics) || hasErrors(after.result.diagnostics)) {
    printDiagnostics(results.filter((r) => hasErrors(r.result.diagnostics) || !r.result.plan), 'stylish', io, io.stderr, language);
    return 1;
  }
  const diff = diffPlans(before.result.plan, after.result.plan);
  const names = new Map([...before.result.plan.units, ...after.result.plan.units].map((u) => [u.id, u.name]));
  io.stdout.write(renderDiff(diff, options.format as DiffFormat, language, names));
  return 0;
}
