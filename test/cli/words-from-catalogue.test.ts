import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringLiterals } from '../helpers/string-literals.js';
import { englishProse } from './english-prose.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  if (dir.endsWith('.ts')) return [dir];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Sentence {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** English sentences written as string literals in `files` (Chinese ones: test/unit/i18n/words-in-catalogue). */
function sentencesIn(files: readonly string[]): Sentence[] {
  return files.flatMap((file) => stringLiterals(join(root, file)).flatMap((literal) => (englishProse(literal.text).length > 0 ? [{ file: relative(root, join(root, file)), line: literal.line, text: literal.text }] : [])));
}

const shown = (s: Sentence) => `${s.file}:${s.line} ${JSON.stringify(s.text.slice(0, 60))}`;

describe('the terminal’s words come from the catalogue', () => {
  const files = [...sourceFiles('src/cli'), ...sourceFiles('src/report'), ...sourceFiles('src/tasks')];

  it('leaves no English sentence in a string literal of src/cli, src/report or src/tasks', () => {
    expect(sentencesIn(files).map(shown)).toEqual([]);
  });
});

/**
 * English that may stay in code below: errors that only a bug in plan can raise (a user never
 * caused them and cannot fix them, so they are not translated). Each is marked in its source by
 * the comment INTERNAL on the line above; an entry whose sentence is gone fails the test, so the
 * list cannot outlive what it excuses.
 */
const INTERNAL = "// internal: a bug in plan, not a user's mistake";
const ALLOWED: readonly { readonly file: string; readonly text: string }[] = [
  // beginOutput's add/commit after the transaction ended: a caller's mistake in plan's own code.
  { file: 'src/write/output-folder.ts', text: 'This output has already been committed or aborted.' },
  // The CLI checks SOURCE_DATE_EPOCH (cli.flag.source-date-epoch) before a calendar is written.
  { file: 'src/emit/ics/text.ts', text: 'generatedAt is not a valid date' },
  // Dates reach the calendar writer already checked by the plan's schema and resolver.
  { file: 'src/emit/ics/text.ts', text: 'not an ISO date: ' },
];

describe('the words of importing, writing, validating and calendars come from the catalogue', () => {
  // Where messages were once written in code and reach a user through the CLI (issue 16).
  // Not here: src/pdf and src/emit/emitters (their own issue), src/build (developer tooling),
  // src/dates (whose English date wordings are data the parser reads, not messages).
  const files = ['src/import', 'src/write', 'src/validate', 'src/emit/ics', 'src/emit/labels.ts', 'src/emit/templates.ts', 'src/i18n/words.ts', 'src/diagnostics/errors.ts'].flatMap(sourceFiles);
  const found = sentencesIn(files);
  const allowed = (s: Sentence) => ALLOWED.some((a) => a.file === s.file && a.text === s.text);

  it('leaves no English sentence in their string literals but the internal errors listed', () => {
    expect(found.filter((s) => !allowed(s)).map(shown)).toEqual([]);
  });

  it('lists only internal errors that are still there, each marked as such above its line', () => {
    for (const entry of ALLOWED) {
      const at = found.find((s) => s.file === entry.file && s.text === entry.text);
      expect(at, `${entry.file}: ${entry.text}`).toBeDefined();
      const lines = readFileSync(join(root, entry.file), 'utf8').split('\n');
      expect(lines[at!.line - 2]?.trim().startsWith(INTERNAL), `${shown(at!)}: no ${INTERNAL} above it`).toBe(true);
    }
  });
});
