import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readMarkers } from '../helpers/markers.js';
import { memoryIo } from '../helpers/memory-io.js';

interface JsonDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly suggestions?: readonly string[];
}

/** A scratch folder holding the revision fixtures, as a user's working folder would. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-base-'));
  cpSync(new URL('../fixtures/revisions/', import.meta.url), dir, { recursive: true });
  return dir;
}

async function lint(dir: string, args: readonly string[]): Promise<{ code: number; found: JsonDiagnostic[]; err: string }> {
  const io = memoryIo(dir);
  const code = await run(['lint', '--format', 'json', ...args], io);
  return { code, found: code === 2 ? [] : (JSON.parse(io.out()) as JsonDiagnostic[]), err: io.err() };
}

const pairs = readdirSync(new URL('../fixtures/revisions/base/', import.meta.url))
  .filter((f) => f.endsWith('.new.yaml'))
  .map((f) => f.slice(0, -'.new.yaml'.length));

describe('plan lint --base OLD NEW', () => {
  for (const name of pairs) {
    it(`${name}: every marked diagnostic, and nothing else; exit 1 for an error, else 0`, async () => {
      const dir = workspace();
      const { code, found } = await lint(dir, ['--base', `base/${name}.old.yaml`, `base/${name}.new.yaml`]);
      const text = readFileSync(join(dir, `base/${name}.new.yaml`), 'utf8');
      const expected = readMarkers(text);
      expect(expected.length > 0 || text.startsWith('# expect nothing')).toBe(true);
      expect(found.map((d) => `${d.code}:${d.line}:${d.column}`).sort()).toEqual(expected.map((e) => `${e.code}:${e.line}:${e.column}`).sort());
      // A changed plan id is an error (every event would be duplicated); the other revision checks warn.
      const errors = found.filter((d) => d.severity === 'error');
      expect(errors.every((d) => d.code === 'plan-id-changed')).toBe(true);
      expect(code).toBe(errors.length > 0 ? 1 : 0);
    });
  }

  it('names the old id as the suggestion, and is quiet without --base', async () => {
    const dir = workspace();
    const { found } = await lint(dir, ['--base', 'xietang-2018-r1.yaml', 'xietang-2018-r2.yaml']);
    const renamed = found.find((d) => d.code === 'task-id-renamed')!;
    expect(renamed.suggestions).toEqual(['collect-problems']);
    // The plan says locale: zh-CN, so its messages are Chinese.
    expect(renamed.message).toContain('任务编号“collect-problems”被改成了“solicit-problems”');
    expect(found.filter((d) => d.code === 'deadline-moved-earlier')).toHaveLength(2);
    const alone = await lint(dir, ['xietang-2018-r2.yaml']);
    expect(alone.found.map((d) => d.code)).not.toContain('task-id-renamed');
    expect(alone.found.map((d) => d.code)).not.toContain('deadline-moved-earlier');
  });

  it('takes their severities from the config, like any rule', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.planlint.yaml'), 'rules:\n  task-id-renamed: error\n  deadline-moved-earlier: off\n');
    const { code, found } = await lint(dir, ['--base', 'xietang-2018-r1.yaml', 'xietang-2018-r2.yaml']);
    expect(found.filter((d) => d.code === 'deadline-moved-earlier')).toEqual([]);
    expect(found.find((d) => d.code === 'task-id-renamed')!.severity).toBe('error');
    expect(code).toBe(1);
  });

  it('refuses a base that does not compile (exit 2)', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'broken.yaml'), 'plan: { id: broken }\n');
    const { code, err } = await lint(dir, ['--base', 'broken.yaml', 'xietang-2018-r2.yaml']);
    expect(code).toBe(2);
    expect(err).toContain('the base plan broken.yaml has errors');
  });
});
