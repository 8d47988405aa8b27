import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../src/emit/artifact.js';
import { MANIFEST, safeRelativePath, writeArtifacts } from '../../../src/emit/write.js';

const art = (path: string, contents: string): Artifact => ({ path, contents, mediaType: 'text/markdown' });

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'plan-write-'));
}

describe('writeArtifacts', () => {
  it('writes every artifact and a manifest', () => {
    const out = join(tmp(), 'out');
    writeArtifacts(out, [art('a.md', 'A'), art('units/b.md', 'B')]);
    expect(readFileSync(join(out, 'units/b.md'), 'utf8')).toBe('B');
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'))).toEqual(['a.md', 'units/b.md']);
  });

  it('replaces its own old files but keeps files it did not write', () => {
    const out = join(tmp(), 'out');
    writeArtifacts(out, [art('a.md', 'A1'), art('gone.md', 'old')]);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'private'));
    writeFileSync(join(out, 'private', 'x.txt'), 'mine too');
    writeArtifacts(out, [art('a.md', 'A2')]);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('A2');
    expect(existsSync(join(out, 'gone.md'))).toBe(false);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'private', 'x.txt'), 'utf8')).toBe('mine too');
  });

  it('leaves the previous output intact when writing fails mid-way', () => {
    const root = tmp();
    const out = join(root, 'out');
    writeArtifacts(out, [art('a.md', 'good'), art('b.md', 'good')]);
    expect(() =>
      writeArtifacts(out, [art('a.md', 'bad'), art('b.md', 'bad')], {
        afterFile: (path) => {
          if (path === 'a.md') throw new Error('disk full (simulated)');
        },
      }),
    ).toThrow('disk full');
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('good');
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('good');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('refuses paths that leave the output folder', () => {
    const out = join(tmp(), 'out');
    expect(() => writeArtifacts(out, [art('../evil.md', 'x')])).toThrow(/outside/);
    expect(existsSync(out)).toBe(false);
    for (const bad of ['/abs', 'a/../../b', 'units/CON.md', 'a\\b', '']) expect(safeRelativePath(bad)).toBe(false);
    expect(safeRelativePath('units/xuanchuan.md')).toBe(true);
  });
});
