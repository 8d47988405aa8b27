import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports (type-only too) and dynamic import(). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function importsCli(file: string): boolean {
  return specifiers(readFileSync(join(root, file), 'utf8'))
    .filter((s) => s.startsWith('.'))
    .some((s) => normalize(join(dirname(file), s)).startsWith('src/cli/'));
}

describe('layers', () => {
  it('nothing outside src/cli/ imports from it: the library works without the command line', () => {
    const offenders = sourceFiles('src')
      // src/build/ builds the CLI itself (bundles src/cli/entry.ts, runs it to train the code
      // cache), so it stands above the CLI, as bin/ does.
      .filter((file) => !file.startsWith('src/cli/') && !file.startsWith('src/build/'))
      .filter(importsCli);
    expect(offenders).toEqual([]);
  });

  it('sees an import into src/cli/ in every form it can be written', () => {
    expect(specifiers("import { a } from '../cli/io.js';\nimport type { B } from \"../cli/x.js\";\nexport { c } from '../cli/y.js';\nconst m = await import('../cli/z.js');\nimport '../cli/side.js';")).toEqual([
      '../cli/io.js',
      '../cli/x.js',
      '../cli/y.js',
      '../cli/z.js',
      '../cli/side.js',
    ]);
  });
});
