/** One expected diagnostic, read from a fixture's `# expect:` comment. */
export interface Expected {
  readonly code: string;
  readonly line: number;
  readonly column?: number;
  /** The rule's message id, when the marker names one (`code:messageId`). */
  readonly messageId?: string;
}

// code, then optionally `:messageId`, then optionally `@column` or `@line:column`: `task-within-phase:endsAfter@15`.
// `@line:column` marks another line, where a comment cannot go (inside an unclosed quote).
const ITEM = /^([a-z0-9-]+)(?::(\w+))?(?:@(?:(\d+):)?(\d+))?$/;

/**
 * Reads `# expect: code[:messageId][@column], …` comments: each names a diagnostic that must
 * start on that line (at that column, with that message id, when given). Like markdownlint's
 * `{MD024:11}` markers. A malformed item throws, so a typo cannot silently expect nothing.
 */
export function readMarkers(text: string): Expected[] {
  const expected: Expected[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const match = line.match(/#\s*expect:\s*(.+)$/);
    if (!match) return;
    for (const item of match[1]!.split(',')) {
      const trimmed = item.trim();
      if (!trimmed) continue;
      const parts = ITEM.exec(trimmed);
      if (!parts) throw new Error(`line ${i + 1}: cannot read the marker '${trimmed}' (code[:messageId][@column])`);
      const [, code, messageId, line, column] = parts;
      expected.push({ code: code!, line: line ? Number(line) : i + 1, ...(messageId ? { messageId } : {}), ...(column ? { column: Number(column) } : {}) });
    }
  });
  return expected;
}

/** The JSON after a fixture's `# options:` comment (a rule's options for that file), if any. */
export function readOptions(text: string): unknown {
  const match = text.match(/^#\s*options:\s*(.+)$/m);
  return match ? JSON.parse(match[1]!) : undefined;
}
