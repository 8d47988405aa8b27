import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Formatter } from '../formatter.js';

/** One diagnostic as `--format json` shows it: stable keys for scripts and editors. */
export function jsonDiagnostic(d: Diagnostic) {
  return {
    file: d.span?.file ?? '',
    line: d.span?.start.line ?? 1,
    column: d.span?.start.column ?? 1,
    endLine: d.span?.end.line ?? 1,
    endColumn: d.span?.end.column ?? 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
    ...(d.suggestions && d.suggestions.length > 0 ? { suggestions: d.suggestions } : {}),
  };
}

/** Contract §4: an array sorted by file, line, column. */
const json: Formatter = (diagnostics) => `${JSON.stringify(diagnostics.map(jsonDiagnostic), null, 2)}\n`;

export default json;
