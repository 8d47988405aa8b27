import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { countBySeverity } from '../../diagnostics/sort.js';
import { UsageError } from '../../diagnostics/errors.js';
import type { Block } from '../../import/blocks.js';
import { importPlanText, MissingYearError } from '../../import/index.js';
import { DocumentReadError, readDocument, textToBlocks } from '../../import/read/index.js';
import { paths } from '../../paths.js';
import { compile } from '../../compile.js';
import { languageOfTag, type Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import { words } from '../../i18n/words.js';
import { writeFileAtomic } from '../../write/file.js';
import type { ExitCode } from '../exit-code.js';
import { checkIdFlag } from '../id-flag.js';
import type { Io } from '../io.js';
import { fallbackLanguage, runLanguage } from '../language.js';
import { whyUnreadable } from '../read-plan.js';
import { unsettledMark } from '../../model/mark-unsettled.js';
import { printDiagnostics } from '../report.js';

export interface ImportCommandOptions {
  readonly out?: string;
  readonly year?: string;
  readonly id?: string;
  readonly force?: boolean;
  readonly lang?: string;
}

async function readBlocks(file: string, io: Io, language: Language): Promise<Block[]> {
  if (file === '-') return textToBlocks(await io.readStdin());
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (error) {
    throw new UsageError(t(language, 'cli.read.cannot', { file, why: whyUnreadable(error, language) }));
  }
  try {
    return readDocument(bytes, basename(file));
  } catch (error) {
    // The reader's words name the file and say what to do, in the run's language.
    if (error instanceof DocumentReadError) throw new UsageError(error.words);
    throw error;
  }
}

/**
 * `plan import FILE [-o PLAN]`: a plan document (text or .docx) into plan YAML, then the lint of
 * what was written. 0: clean; 1: written, but errors or TODOs need a human; 2: unreadable input.
 */
export async function importCommand(file: string, options: ImportCommandOptions, io: Io): Promise<ExitCode> {
  const language = runLanguage(options.lang, io);
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw new UsageError(t(language, 'cli.flag.year', { value: t(language, 'quote', { text: options.year! }) }));
  if (options.id !== undefined) checkIdFlag(options.id, language);
  const target = options.out !== undefined && options.out !== '-' ? resolve(io.cwd, options.out) : undefined;
  if (target && existsSync(target) && !options.force) throw new UsageError(t(language, 'cli.import.exists', { file: options.out! }));

  const blocks = await readBlocks(file, io, language);
  const schemaFrom = target ? dirname(target) : io.cwd;
  const schema = relative(schemaFrom, paths.planSchema).split(sep).join('/');
  let imported;
  try {
    // The todos are Chinese, as the document is, unless --lang asks otherwise.
    const todoLanguage = languageOfTag(options.lang);
    imported = importPlanText(blocks, { ...(todoLanguage ? { language: todoLanguage } : {}), ...(year !== undefined ? { year } : {}), ...(options.id ? { id: options.id } : {}), schema, source: file === '-' ? '<stdin>' : basename(file) });
  } catch (error) {
    if (error instanceof MissingYearError) throw new UsageError(words('reading.in-file', { file: file === '-' ? '<stdin>' : file, why: error.words }));
    throw error;
  }
  const { yaml, todos } = imported;

  if (target) writeFileAtomic(target, yaml, { shown: options.out! });
  else io.stdout.write(yaml);

  const shown = options.out && options.out !== '-' ? options.out : '<stdout>';
  // The plan written says plan.locale zh-CN: like any plan, its check and the lines about it
  // speak that language unless --lang says otherwise.
  const chosen = languageOfTag(options.lang);
  const result = compile({ path: shown, text: yaml }, { ...(chosen ? { language: chosen } : {}), ...fallbackLanguage(io) });
  const planLanguage = result.language ?? language;
  // Each open todo is an `unsettled` error for lint; here one line counts them, so the
  // diagnostics printed are the ones that would stop a build (there should be none).
  const blocking = { ...result, diagnostics: result.diagnostics.filter((d) => d.code !== 'unsettled') };
  const diagnostics = printDiagnostics([{ file: shown, text: yaml, result: blocking }], 'stylish', io, io.stderr, planLanguage);
  const { errors } = countBySeverity(diagnostics);
  if (todos > 0) io.stderr.write(`plan import: ${t(planLanguage, 'cli.import.open-todos', { count: todos, file: shown, mark: unsettledMark(result.plan?.locale ?? 'zh-CN').trim() })}\n`);
  return errors > 0 || todos > 0 ? 1 : 0;
}
