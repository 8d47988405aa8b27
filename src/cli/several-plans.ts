import { compile, type CompileOptions, type CompiledPlan, type CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Language } from '../i18n/language.js';
import { conflictDiagnostics } from '../multi/conflict-diagnostics.js';
import { matchUnits, type UnitMatching } from '../multi/match-units.js';
import { isProgressFile } from '../progress/find-progress.js';
import type { ProgressInput } from '../progress/load-progress.js';
import { expandGlobs } from './expand-globs.js';
import type { Io } from './io.js';
import { readPlan } from './read-plan.js';
import { printDiagnostics } from './report.js';

/**
 * The plans named on the command line: quoted globs expanded (`plan build "plans/*.yaml"`), and
 * progress files among them left out (they go with their plan, they are not plans). Nothing
 * named: `[undefined]`, the default plan.yaml.
 */
export function planFiles(given: string | readonly string[] | undefined, cwd: string): (string | undefined)[] {
  const list = given === undefined ? [] : typeof given === 'string' ? [given] : given;
  if (list.length === 0) return [undefined];
  const expanded = expandGlobs(list, cwd);
  const plans = expanded.filter((file) => !isProgressFile(file));
  return plans.length > 0 ? plans : expanded;
}

export interface SeveralCompiled {
  /** Undefined when a plan has errors or the units conflict (nothing may be written then). */
  readonly ready?: { readonly compiled: readonly CompiledPlan[]; readonly matching: UnitMatching };
  /** The first plan's language (its messages' language), for the command's own closing lines. */
  readonly language: Language;
}

/**
 * Reads and compiles several plans (each with its progress files, when `progressOf` reads them) and matches their units; prints every plan's diagnostics and
 * the conflicts of the matching (at the unit's line and column) to stderr. Not ready when any
 * plan has errors that `blocks` says stop the command, or the units conflict: then `ready` is undefined.
 */
export async function compileSeveral(
  files: readonly string[],
  io: Io,
  options: CompileOptions,
  maxBytes: number,
  language: Language,
  blocks: (diagnostics: readonly Diagnostic[]) => boolean,
  progressOf?: (planPath: string) => Promise<readonly ProgressInput[]>,
): Promise<SeveralCompiled> {
  const inputs = await Promise.all(files.map((file) => readPlan(file, io, maxBytes, language)));
  const progress = await Promise.all(inputs.map((input) => (progressOf ? progressOf(input.path) : Promise.resolve([]))));
  const results: { file: string; text: string; result: CompileResult; progress: readonly ProgressInput[] }[] = inputs.map((input, i) => ({
    file: input.path,
    text: input.text,
    result: compile(input, { ...options, progress: progress[i]! }),
    progress: progress[i]!,
  }));
  const compiled = results.map((r) => r.result).filter((r): r is CompiledPlan => r.plan !== undefined);
  const broken = compiled.length < results.length || results.some((r) => blocks(r.result.diagnostics));
  let matching: UnitMatching | undefined;
  if (!broken) {
    matching = matchUnits(compiled.map((c) => c.plan));
    // Each conflict is said in the language of the plan it points into.
    for (const [i, r] of results.entries()) {
      const found = conflictDiagnostics(matching.conflicts.filter((c) => c.at.planIndex === i), compiled.map((c) => c.source), compiled[i]!.language).map((c) => c.diagnostic);
      if (found.length > 0) results[i] = { ...r, result: { ...r.result, diagnostics: sortDiagnostics([...r.result.diagnostics, ...found]) } };
    }
  }
  printDiagnostics(results, 'stylish', io, io.stderr, language);
  const first = results[0]?.result.language ?? language;
  if (broken || matching === undefined || matching.conflicts.length > 0) return { language: first };
  return { ready: { compiled, matching }, language: first };
}
