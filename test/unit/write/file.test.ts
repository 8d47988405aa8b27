import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CannotWriteError } from '../../../src/write/cannot-write.js';
import { writeFileAtomic } from '../../../src/write/file.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'plan-write-file-'));

describe('writeFileAtomic', () => {
  it('creates a file, and its folder when missing, leaving no temporary file', () => {
    const dir = tmp();
    writeFileAtomic(join(dir, 'sub', 'plan.yaml'), 'a: 1\n');
    expect(readFileSync(join(dir, 'sub', 'plan.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['plan.yaml']);
  });

  it('writes bytes as they are', () => {
    const dir = tmp();
    writeFileAtomic(join(dir, 'x.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]));
    expect([...readFileSync(join(dir, 'x.pdf'))]).toEqual([0x25, 0x50, 0x44, 0x46, 0]);
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = tmp();
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('replaces the target of a symbolic link, not the link', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.yaml'), 'old');
    symlinkSync('real.yaml', join(dir, 'plan.yaml'));
    writeFileAtomic(join(dir, 'plan.yaml'), 'new');
    expect(lstatSync(join(dir, 'plan.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe('new');
  });

  it('fails with one "cannot write" line, leaving the old file and no temporary file', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'folder.ics'));
    let error: unknown;
    try {
      writeFileAtomic(join(dir, 'folder.ics'), 'x', { shown: 'folder.ics' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CannotWriteError);
    expect((error as Error).message).toBe('cannot write folder.ics: it is a folder');
    expect(readdirSync(dir)).toEqual(['folder.ics']);
    expect(existsSync(join(dir, 'folder.ics'))).toBe(true);
  });
});
