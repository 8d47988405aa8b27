/** One expected diagnostic, read from a fixture's `# expect:` comment. */
export interface Expected {
  readonly code: string;
  readonly line: number;
  readonly column?: number;
}

/**
 * Reads `# expect: code[@column], code…` comments: each names a diagnostic that must start on
 * that line (at that column when given). Like markdownlint's `{MD024:11}` markers.
 */
export function readMarkers(text: string): Expected[] {
  const expected: Expected[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const match = line.match(/#\s*expect:\s*(.+)$/);
    if (!match) return;
    for (const item of match[1]!.split(',')) {
      const [code, column] = item.trim().split('@');
      if (!code) continue;
      expected.push({ code, line: i + 1, ...(column ? { column: Number(column) } : {}) });
    }
  });
  return expected;
}
