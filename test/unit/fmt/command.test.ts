import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declareFmt } from '../../../src/cli/declare/fmt.js';
import { formatPlan } from '../../../src/fmt/format.js';
import { runCommand } from './helpers.js';

const xietang = readFileSync(new URL('../../fixtures/revisions/xietang-2018-r1.yaml', import.meta.url), 'utf8');
const tidy = formatPlan(xietang).text;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-fmt-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('plan fmt (command)', () => {
  it('--check lists the files that would change, exits 1 and writes nothing', async () => {
    const dir = workspace({ 'a.yaml': xietang, 'b.yaml': tidy });
    const r = await runCommand(declareFmt, ['fmt', '--check', 'a.yaml', 'b.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('a.yaml\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(xietang);
  });

  it('--check exits 0 when every file is already canonical', async () => {
    const dir = workspace({ 'b.yaml': tidy });
    expect((await runCommand(declareFmt, ['fmt', '--check', 'b.yaml'], dir)).code).toBe(0);
  });

  it('rewrites in place, leaves no temporary file, and a second run changes nothing', async () => {
    const dir = workspace({ 'plan.yaml': xietang });
    const r = await runCommand(declareFmt, ['fmt'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('plan.yaml\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(tidy);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
    expect((await runCommand(declareFmt, ['fmt'], dir)).out).toBe('');
  });

  it('prints stdin formatted', async () => {
    const r = await runCommand(declareFmt, ['fmt', '-'], workspace({}), xietang);
    expect(r.out).toBe(tidy);
  });

  it('reports a file that does not parse, leaves it alone and exits 1', async () => {
    const dir = workspace({ 'bad.yaml': 'plan: { id: p\n' });
    const r = await runCommand(declareFmt, ['fmt', 'bad.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.yaml: not formatted');
    expect(readFileSync(join(dir, 'bad.yaml'), 'utf8')).toBe('plan: { id: p\n');
  });

  it('names a missing file as a usage error', async () => {
    expect((await runCommand(declareFmt, ['fmt', 'nope.yaml'], workspace({}))).code).toBe(2);
  });
});
