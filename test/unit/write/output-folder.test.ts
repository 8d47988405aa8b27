import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usageMessage } from '../../../src/cli/usage-words.js';
import { CannotWriteError } from '../../../src/write/cannot-write.js';
import { beginOutput, MANIFEST, safeRelativePath, writeOutput as writeArtifacts, type OutputFile } from '../../../src/write/output-folder.js';

const art = (path: string, contents: string): OutputFile => ({ path, contents });

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

describe('writeArtifacts after a build that died', () => {
  it('restores the output a killed build had moved aside, and removes its staging', () => {
    const root = tmp();
    const out = join(root, 'out');
    writeArtifacts(out, [art('a.md', 'good')]);
    // Simulate a build killed between its two renames: output moved aside, staging half-written.
    renameSync(out, join(root, '.out.plan-old-999999'));
    mkdirSync(join(root, '.out.plan-staging-999999'));
    writeFileSync(join(root, '.out.plan-staging-999999', 'a.md'), 'half');
    writeFileSync(join(root, '.out.plan-old-999999', 'mine.txt'), 'user file');
    writeArtifacts(out, [art('a.md', 'new')]);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('user file');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('takes over the lock of a dead process', () => {
    const root = tmp();
    writeFileSync(join(root, 'out.plan-lock'), '999999');
    writeArtifacts(join(root, 'out'), [art('a.md', 'x')], { lockTimeoutMs: 100 });
    expect(readFileSync(join(root, 'out', 'a.md'), 'utf8')).toBe('x');
  });

  it('waits for a live build and then gives up with a clear message', () => {
    const root = tmp();
    writeFileSync(join(root, 'out.plan-lock'), String(process.pid));
    expect(() => writeArtifacts(join(root, 'out'), [art('a.md', 'x')], { lockTimeoutMs: 100, shown: 'out' })).toThrow(/^cannot write out: another build is writing it/);
    // Said again in Chinese by the CLI, from the error's catalogue words.
    try {
      writeArtifacts(join(root, 'out'), [art('a.md', 'x')], { lockTimeoutMs: 100, shown: 'out' });
    } catch (error) {
      expect(usageMessage(error as CannotWriteError, 'zh')).toBe(`无法写入 out:另一次生成正在写入这个文件夹(锁文件 ${join(root, 'out.plan-lock')} 由进程 ${process.pid} 持有);请等它结束后再试(原来的输出保持不变)`);
    }
    expect.assertions(2);
  });
});

describe('beginOutput (files staged emitter by emitter)', () => {
  it('shows nothing of the new build until the commit, then all of it', () => {
    const out = join(tmp(), 'out');
    writeArtifacts(out, [art('a.md', 'old'), art('gone.md', 'old')]);
    const output = beginOutput(out);
    output.add([art('a.md', 'new')]);
    output.add([art('units/b.md', 'B')]);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('old');
    expect(existsSync(join(out, 'units'))).toBe(false);
    output.commit();
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'gone.md'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'))).toEqual(['a.md', 'units/b.md']);
    expect(() => output.add([art('late.md', 'x')])).toThrow(/already been committed/);
  });

  it('abort keeps the previous output, removes the staging and releases the lock', () => {
    const root = tmp();
    const out = join(root, 'out');
    writeArtifacts(out, [art('a.md', 'old')]);
    const output = beginOutput(out);
    output.add([art('a.md', 'half')]);
    output.abort();
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('old');
    expect(readdirSync(root).sort()).toEqual(['out']);
    // The lock is free: another build goes through at once.
    writeArtifacts(out, [art('a.md', 'next')], { lockTimeoutMs: 0 });
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('next');
  });

  it('a failing add cleans up by itself and refuses unsafe paths before writing any of its files', () => {
    const root = tmp();
    const out = join(root, 'out');
    const output = beginOutput(out);
    expect(() => output.add([art('ok.md', 'x'), art('../escape.md', 'x')])).toThrow(/outside the output folder/);
    expect(readdirSync(root)).toEqual([]);
    expect(() => output.commit()).toThrow(/already been committed or aborted/);
  });
});

describe('the user\'s files in the output folder', () => {
  it('refuses to replace a file plan did not write, and says so in one "cannot write" line', () => {
    const out = join(tmp(), 'out');
    writeArtifacts(out, [art('a.md', 'A')]);
    writeFileSync(join(out, 'summary.md'), 'my own summary');
    let error: unknown;
    try {
      writeArtifacts(out, [art('a.md', 'A2'), art('summary.md', 'generated')], { shown: 'out' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CannotWriteError);
    expect((error as Error).message).toMatch(/^cannot write out: summary\.md is not a file plan wrote .*\(the previous output is unchanged\)$/);
    expect(usageMessage(error as CannotWriteError, 'zh')).toBe('无法写入 out:summary.md 不是 plan 写出的文件(.plan-manifest.json 中没有它);请把它移走,或输出到另一个文件夹(原来的输出保持不变)');
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toBe('my own summary');
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('A');
  });

  it('carries over symbolic links and empty folders as they are', () => {
    const out = join(tmp(), 'out');
    writeArtifacts(out, [art('a.md', 'A')]);
    mkdirSync(join(out, 'drafts'));
    symlinkSync('a.md', join(out, 'latest.md'));
    writeArtifacts(out, [art('a.md', 'A2')]);
    expect(statSync(join(out, 'drafts')).isDirectory()).toBe(true);
    expect(lstatSync(join(out, 'latest.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'latest.md'), 'utf8')).toBe('A2');
  });

  it('writes into the folder a symbolic link points to, and keeps the link', () => {
    const root = tmp();
    mkdirSync(join(root, 'real'));
    symlinkSync('real', join(root, 'out'));
    writeArtifacts(join(root, 'out'), [art('a.md', 'A')]);
    expect(lstatSync(join(root, 'out')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'real', 'a.md'), 'utf8')).toBe('A');
  });
});
