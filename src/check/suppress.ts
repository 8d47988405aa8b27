import type { Diagnostic } from '../diagnostics/diagnostic.js';

const DIRECTIVE = /#\s*plan-disable-(next-line|line)\b([^#\n]*)/;

/** Line → the codes disabled there (an empty set disables every code that may be disabled). */
export function readDirectives(text: string): Map<number, Set<string>> {
  const disabled = new Map<number, Set<string>>();
  text.split(/\r?\n/).forEach((line, i) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const target = match[1] === 'next-line' ? i + 2 : i + 1;
    const codes = match[2]!.split(/[\s,]+/).filter(Boolean);
    const set = disabled.get(target) ?? new Set<string>();
    if (codes.length === 0) set.add('*');
    codes.forEach((c) => set.add(c));
    disabled.set(target, set);
  });
  return disabled;
}

/**
 * Drops diagnostics silenced by `# plan-disable-next-line RULE` / `# plan-disable-line RULE`.
 * Errors from loading, validation and resolution cannot be silenced: the plan would not compile.
 * With `file`, only diagnostics located in that file (or nowhere) are considered.
 */
export function applyDirectives(diagnostics: readonly Diagnostic[], text: string, file?: string): Diagnostic[] {
  if (!text.includes('plan-disable-')) return [...diagnostics];
  const disabled = readDirectives(text);
  return diagnostics.filter((d) => {
    if (d.severity === 'error' && d.stage !== 'check') return true;
    // A file's comments speak of its own lines only (a plan and its progress files are read together).
    if (file !== undefined && d.span && d.span.file !== file) return true;
    const set = d.span ? disabled.get(d.span.start.line) : undefined;
    return !(set && (set.has('*') || set.has(d.code)));
  });
}
