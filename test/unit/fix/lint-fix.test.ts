import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { memoryIo } from '../../helpers/memory-io.js';

/** A scratch folder with the slip fixtures, as a user's working folder would hold them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-fix-'));
  cpSync(new URL('../../fixtures/slips/', import.meta.url), dir, { recursive: true });
  return dir;
}

describe('plan lint --fix', () => {
  it('writes the repaired file, says what it changed in Chinese, then lints it clean', async () => {
    const dir = workspace();
    const io = memoryIo(dir);
    expect(await run(['lint', '--fix', '--lang', 'zh', 'yaml-fullwidth-colon.yaml'], io)).toBe(0);
    expect(io.out()).toBe('yaml-fullwidth-colon.yaml:全角冒号改为半角,3 处\nyaml-fullwidth-colon.yaml:已按 plan fmt 的标准格式整理\n');
    const text = readFileSync(join(dir, 'yaml-fullwidth-colon.yaml'), 'utf8');
    expect(text).toContain('  title: 会议：第一次 # expect: yaml-fullwidth-colon@8');

    const again = memoryIo(dir);
    expect(await run(['lint', '--fix', '--lang', 'zh', 'yaml-fullwidth-colon.yaml'], again)).toBe(0);
    expect(again.out()).toBe('');
    expect(readFileSync(join(dir, 'yaml-fullwidth-colon.yaml'), 'utf8')).toBe(text);
  });

  it('reports in English under --lang en, one line a kind of change, and the layout', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'mixed.yaml'), 'plan:\n\tyear: 2018\n  title：方案\n  id: mixed\n');
    const io = memoryIo(dir);
    await run(['lint', '--fix', '--lang', 'en', 'mixed.yaml'], io);
    expect(io.out().split('\n').slice(0, 3)).toEqual(['mixed.yaml: 1 full-width colon(s) made ASCII', 'mixed.yaml: 1 tab indent(s) made spaces', 'mixed.yaml: laid out as plan fmt does']);
    expect(readFileSync(join(dir, 'mixed.yaml'), 'utf8')).toBe('plan:\n  id: mixed\n  title: 方案\n  year: 2018\n');
  });

  it('leaves a file it cannot repair byte for byte, and shows the slip', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'yaml-unclosed-quote.yaml'));
    const io = memoryIo(dir);
    expect(await run(['lint', '--fix', '--lang', 'zh', 'yaml-unclosed-quote.yaml'], io)).toBe(1);
    expect(io.out()).toMatch(/^yaml-unclosed-quote\.yaml:无法自动修正,.*文件未改动。/);
    expect(io.out()).toContain('yaml-unclosed-quote.yaml:4:10');
    expect(readFileSync(join(dir, 'yaml-unclosed-quote.yaml')).equals(before)).toBe(true);
  });

  it('keeps machine formats clean: the report goes to stderr', async () => {
    const dir = workspace();
    const io = memoryIo(dir);
    await run(['lint', '--fix', '--format', 'json', '--lang', 'en', 'yaml-fullwidth-dash.yaml'], io);
    expect(() => JSON.parse(io.out()) as unknown).not.toThrow();
    expect(io.err()).toContain('yaml-fullwidth-dash.yaml: 2 list dash(es) made ASCII');
  });

  it('refuses standard input', async () => {
    const io = memoryIo(workspace(), { stdin: 'plan:\n  title：x\n' });
    expect(await run(['lint', '--fix', '-'], io)).toBe(2);
    expect(io.err()).toContain('--fix');
  });
});
