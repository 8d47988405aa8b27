import type { CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { formatters } from '../report/formatters/index.js';
import { useColor } from './color.js';
import type { Io, OutStream } from './io.js';
import { runLanguage } from './language.js';

export function formatterNames(): string[] {
  return Object.keys(formatters);
}

/** The one language of a report on several files: Chinese when every file's messages are. */
export function reportLanguage(results: readonly { result: CompileResult }[], fallback: Language): Language {
  // A file that stopped at load has no language of its own: the run's (--lang, LANG) said its messages.
  const languages = results.map((r) => r.result.language ?? fallback);
  return languages.length > 0 && languages.every((l) => l === 'zh') ? 'zh' : 'en';
}

/**
 * Prints diagnostics of one or more compiled files (and the progress files read with each) in the chosen format. `fallback` is the run's
 * language (--lang, then LANG), for files whose plan could not be read far enough to know its own.
 */
export function printDiagnostics(
  results: readonly { file: string; result: CompileResult; text: string; progress?: readonly { path: string; text: string }[] }[],
  format: string,
  io: Io,
  stream: OutStream,
  fallback: Language = runLanguage(undefined, io),
): Diagnostic[] {
  const language = reportLanguage(results, fallback);
  const formatter = formatters[format];
  if (!formatter) throw new UsageError(t(language, 'cli.flag.unknown-format', { value: t(language, 'quote', { text: format }), choices: formatterNames().join(', ') }));
  const diagnostics = sortDiagnostics(results.flatMap((r) => r.result.diagnostics));
  // A plan's progress files are checked with it: their diagnostics point into them, code frames show them.
  const sources = new Map(results.flatMap((r) => [[r.file, r.result.source?.text ?? r.text] as const, ...(r.progress ?? []).map((p) => [p.path, p.text] as const)]));
  const files = results.flatMap((r) => [r.file, ...(r.progress ?? []).map((p) => p.path)]);
  const text = formatter(diagnostics, { cwd: io.cwd, color: useColor(io, stream), sources, files, language });
  if (text) stream.write(text);
  return diagnostics;
}
