import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const cli = join(src, 'cli') + sep;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Static imports and re-exports (`import … from`, `export … from`, `import type`), bare
// `import '…'` and dynamic `import('…')`: every way one module reaches another.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

describe('layers', () => {
  it('no file outside src/cli/ imports from src/cli/ (the library must work without the command line)', () => {
    const upward: string[] = [];
    for (const file of sources(src).filter((f) => !f.startsWith(cli))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        if (resolve(dirname(file), specifier!).startsWith(cli)) upward.push(`${relative(src, file)} imports ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
