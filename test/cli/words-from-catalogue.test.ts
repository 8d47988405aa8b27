import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringLiterals } from '../helpers/string-literals.js';
import { englishProse } from './english-prose.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** English sentences written as string literals in `files` (Chinese ones: test/unit/i18n/words-in-catalogue). */
function sentences(files: readonly string[]): string[] {
  return files.flatMap((file) => stringLiterals(join(root, file)).flatMap((literal) => (englishProse(literal.text).length > 0 ? [`${relative(root, join(root, file))}:${literal.line} ${JSON.stringify(literal.text.slice(0, 60))}`] : [])));
}

describe('the terminal’s words come from the catalogue', () => {
  const files = [...sourceFiles('src/cli'), ...sourceFiles('src/report'), ...sourceFiles('src/tasks')];

  it('leaves no English sentence in a string literal of src/cli, src/report or src/tasks', () => {
    expect(sentences(files)).toEqual([]);
  });
});
