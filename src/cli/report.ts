import type { CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { formatters } from '../report/formatters/index.js';
import { useColor } from './color.js';
import type { Io, OutStream } from './io.js';

export function formatterNames(): string[] {
  return Object.keys(formatters);
}

/** Prints diagnostics of one or more compiled files in the chosen format. */
export function printDiagnostics(
  results: readonly { file: string; result: CompileResult; text: string }[],
  format: string,
  io: Io,
  stream: OutStream,
): Diagnostic[] {
  const formatter = formatters[format];
  if (!formatter) throw new UsageError(`unknown format '${format}' (choose one of: ${formatterNames().join(', ')})`);
  const diagnostics = sortDiagnostics(results.flatMap((r) => r.result.diagnostics));
  const sources = new Map(results.map((r) => [r.file, r.result.source?.text ?? r.text]));
  const language = results.length > 0 && results.every((r) => r.result.language === 'zh') ? 'zh' : 'en';
  const text = formatter(diagnostics, { cwd: io.cwd, color: useColor(io, stream), sources, files: results.map((r) => r.file), language });
  if (text) stream.write(text);
  return diagnostics;
}
