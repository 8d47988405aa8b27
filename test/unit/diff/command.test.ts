import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { declareDiff } from '../../../src/cli/declare/diff.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import type { ExitCode } from '../../../src/cli/exit-code.js';
import { memoryIo } from '../../helpers/memory-io.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-'));
  cpSync(new URL('../../fixtures/revisions/', import.meta.url), dir, { recursive: true });
  return dir;
}

async function diff(args: string[], env: Record<string, string> = {}, cwd = workspace()) {
  const io = memoryIo(cwd, { env });
  let code: ExitCode | undefined;
  const program = new Command('plan').exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
  declareDiff(program, io, (c) => (code = c));
  try {
    await program.parseAsync(['diff', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, out: io.out(), err: error.message };
    return { code: 2, out: io.out(), err: String(error) };
  }
  return { code, out: io.out(), err: io.err() };
}

describe('plan diff (command)', () => {
  it('prints the diff in the plan locale (zh-CN) and exits 0', async () => {
    const r = await diff(['xietang-2018-r1.yaml', 'xietang-2018-r2.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('任务编号被改');
  });

  it('--lang en overrides the locale; --format json prints the documented shape', async () => {
    expect((await diff(['xietang-2018-r1.yaml', 'xietang-2018-r2.yaml', '--lang', 'en'])).out).toContain('Task ids renamed');
    const json = JSON.parse((await diff(['xietang-2018-r1.yaml', 'xietang-2018-r2.yaml', '--format', 'json'])).out) as { format: string };
    expect(json.format).toBe('plan-diff/1');
  });

  it('exits 1 and prints the diagnostics on stderr when a revision has errors', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'broken.yaml'), 'plan: { id: b, title: 坏, year: 2018 }\nunits: {}\nphases: []\nbogus: 1\n');
    const r = await diff(['xietang-2018-r1.yaml', 'broken.yaml'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('schema-unknown-key');
  });

  it('refuses an unknown format and two stdins as usage errors', async () => {
    expect((await diff(['a.yaml', 'b.yaml', '--format', 'html'])).code).toBe(2);
    expect((await diff(['-', '-'])).code).toBe(2);
  });
});
