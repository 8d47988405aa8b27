import { readFileSync } from 'node:fs';
import { parseSync } from 'oxc-parser';

export interface StringLiteral {
  readonly text: string;
  readonly line: number;
}

/**
 * Every string literal and template-literal piece in a TypeScript file, with its line; comments
 * and regular-expression literals are not strings, so a parser (not a grep) tells them apart.
 */
export function stringLiterals(file: string): StringLiteral[] {
  const source = readFileSync(file, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const found: StringLiteral[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; value?: unknown; start?: number };
    if (n.type === 'Literal' && typeof n.value === 'string') found.push({ text: n.value, line: lineOf(n.start ?? 0) });
    if (n.type === 'TemplateElement') {
      const value = n.value as { raw: string; cooked?: string | null };
      found.push({ text: value.cooked ?? value.raw, line: lineOf(n.start ?? 0) });
    }
    for (const key of Object.keys(n)) if (key !== 'parent') visit((n as Record<string, unknown>)[key]);
  };
  visit(parseSync(file, source).program);
  return found;
}
