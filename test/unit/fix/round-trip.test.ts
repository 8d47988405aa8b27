import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { fixPlan } from '../../../src/fix/index.js';

// The real plan, with every key's colon, every list dash or every indent typed the wrong way,
// must come back to the same data: the repairs touch syntax only, never a value.
const original = readFileSync('plans/xietang-2018.yaml', 'utf8');
const dataOf = (text: string): unknown => parseDocument(text).toJS();

/** Lines outside block scalars (the plan's `detail: |` text must stay as it is). */
function eachSyntaxLine(text: string, edit: (line: string) => string): string {
  let blockIndent = -1;
  return text
    .split('\n')
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) return line;
      blockIndent = -1;
      if (/:\s*[|>][-+]?\s*$/.test(line)) blockIndent = indent;
      return line.trimStart().startsWith('#') ? line : edit(line);
    })
    .join('\n');
}

describe('a whole plan typed with one slip throughout comes back to the same data', () => {
  it.each([
    ['full-width colons after keys', (line: string) => line.replace(/^(\s*(?:- )?[A-Za-z]+): /, '$1：')],
    ['full-width dashes', (line: string) => line.replace(/^(\s*)- /, '$1－ ')],
    ['tabs for indentation', (line: string) => line.replace(/^((?: {2})+)/, (spaces) => '\t'.repeat(spaces.length / 2))],
    ['full-width spaces for indentation', (line: string) => line.replace(/^((?: {2})+)/, (spaces) => '\u3000'.repeat(spaces.length / 2))],
  ])('%s', (_, slip) => {
    const slipped = eachSyntaxLine(original, slip);
    expect(slipped).not.toBe(original);
    expect(compile({ path: 'p.yaml', text: slipped }).diagnostics.length).toBeGreaterThan(0);
    const result = fixPlan(slipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(dataOf(result.text)).toEqual(dataOf(original));
    // The bundled plan is kept in plan fmt's layout, so the repair gives it back byte for byte.
    expect(result.text).toBe(original);
  });
});
