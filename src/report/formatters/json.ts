import type { Formatter } from '../formatter.js';

/** Contract §4: an array sorted by file, line, column; stable keys for scripts and editors. */
const json: Formatter = (diagnostics) =>
  `${JSON.stringify(
    diagnostics.map((d) => ({
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
    })),
    null,
    2,
  )}\n`;

export default json;
