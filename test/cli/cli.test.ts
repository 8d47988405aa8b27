import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const fixtures = new URL('../fixtures/', import.meta.url);

/** A scratch folder holding the fixtures, as a user's working folder would. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

describe('plan lint', () => {
  it('exits 0 on a clean plan and prints nothing', async () => {
    const io = memoryIo(workspace());
    expect(await run(['lint', 'valid/minimal.yaml'], io)).toBe(0);
    expect(io.out()).toBe('');
  });

  it('reports every problem with file:line:column, a code frame and the rule code, then exits 1', async () => {
    const io = memoryIo(workspace());
    expect(await run(['lint', 'invalid/schema.yaml'], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('invalid/schema.yaml:5:13  error');
    expect(out).toContain('schema-range');
    expect(out).toContain('invalid/schema.yaml:17:9  error');
    expect(out).toMatch(/> 17 \| {9}titel: 任务二/);
    expect(out).toMatch(/4 problems \(4 errors, 0 warnings\)/);
    expect(out).not.toContain('\u001b['); // no colour off a TTY
  });

  it('prints contract §4 JSON sorted by file, line and column', async () => {
    const io = memoryIo(workspace());
    expect(await run(['lint', '--format', 'json', 'invalid/unknown-unit.yaml', 'invalid/duplicate-id.yaml'], io)).toBe(1);
    const list = JSON.parse(io.out()) as { file: string; line: number; column: number; code: string; path: unknown[]; endColumn: number }[];
    expect(list.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)).toEqual([
      'invalid/duplicate-id.yaml:9:15:duplicate-id',
      'invalid/duplicate-id.yaml:10:9:duplicate-id',
      'invalid/unknown-unit.yaml:12:18:unknown-unit',
      'invalid/unknown-unit.yaml:15:27:unknown-unit',
    ]);
    expect(list[2]).toMatchObject({ path: ['phases', 0, 'tasks', 0, 'lead'], endColumn: 22, severity: 'error' });
  });

  it('expands quoted globs, and a glob that matches nothing is an unreadable file', async () => {
    const io = memoryIo(workspace());
    expect(await run(['lint', '--format', 'json', 'invalid/unknown-*.yaml', 'valid/*.yaml'], io)).toBe(1);
    expect([...new Set(JSON.parse(io.out()).map((d: { file: string }) => d.file))]).toEqual(['invalid/unknown-unit.yaml']);
    const none = memoryIo(workspace());
    expect(await run(['lint', 'nothing/**/*.yaml'], none)).toBe(2);
    expect(none.err()).toContain('cannot read nothing/**/*.yaml');
  });

  it('reads a plan from stdin', async () => {
    const dir = workspace();
    const io = memoryIo(dir, { stdin: readFileSync(join(dir, 'invalid/unknown-unit.yaml'), 'utf8') });
    expect(await run(['lint', '-', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out())[0].file).toBe('<stdin>');
  });

  it('fails on too many warnings with --max-warnings', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'warn.yaml'), readFileSync(join(dir, 'valid/minimal.yaml'), 'utf8').replace('units:', 'units:\n  unused: 无任务单位'));
    expect(await run(['lint', 'warn.yaml'], memoryIo(dir))).toBe(0);
    const io = memoryIo(dir);
    expect(await run(['lint', 'warn.yaml', '--max-warnings', '0'], io)).toBe(1);
    expect(io.err()).toContain('more than --max-warnings 0');
  });
});

describe('usage errors: one line, exit 2, no stack trace', () => {
  it.each([
    [['lint', 'nope.yaml'], /^plan: cannot read nope\.yaml: no such file\n$/],
    [['lint', '--format', 'xml', 'valid/minimal.yaml'], /error: option .*--format.* argument 'xml' is invalid/],
    [['build', '--bogus'], /error: unknown option '--bogus'/],
    [['frobnicate'], /error: unknown command 'frobnicate'/],
  ])('%j', async (argv, message) => {
    const io = memoryIo(workspace());
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

describe('internal failures', () => {
  it('exit 2 with a request to report the bug, and a stack only with PLAN_DEBUG', async () => {
    const failing = (env: Record<string, string>) => {
      const io = memoryIo(workspace(), { env });
      return { ...io, stdout: { write: () => { throw new Error('disk on fire'); } } };
    };
    const plain = failing({});
    expect(await run(['rules'], plain)).toBe(2);
    expect(plain.err()).toMatch(/^plan: unexpected error: disk on fire\nThis is a bug in plan\. Please report it/);
    expect(plain.err()).not.toMatch(/\n\s+at /);
    const debug = failing({ PLAN_DEBUG: '1' });
    expect(await run(['rules'], debug)).toBe(2);
    expect(debug.err()).toMatch(/\n\s+at /);
  });
});

describe('plan build', () => {
  it('writes every output of contract §3', async () => {
    const dir = workspace();
    const io = memoryIo(dir);
    expect(await run(['build', 'valid/minimal.yaml', '-o', 'out'], io)).toBe(0);
    const files = readdirSync(join(dir, 'out'), { recursive: true }).map(String).sort();
    expect(files).toEqual(
      expect.arrayContaining(['plan.json', 'calendars/all.ics', 'calendars/dangzheng.ics', 'calendars/xuanchuan.ics', 'units/dangzheng.md', 'units/xuanchuan.md', 'summary.html', 'summary.md']),
    );
    const plan = JSON.parse(readFileSync(join(dir, 'out/plan.json'), 'utf8'));
    expect(plan.phases[0].tasks[0]).toMatchObject({ id: 'convene', lead: ['dangzheng', 'xuanchuan'], start: '2018-05-01', end: '2018-05-31', due: '2018-05-31', source: {} });
    expect(plan.phases[0].tasks[1]).toMatchObject({ id: 'report', lead: ['xuanchuan'], due: '2018-05-18', source: { due: '5月18日前' } });
  });

  it('writes nothing when the plan has errors, and keeps the previous output', async () => {
    const dir = workspace();
    expect(await run(['build', 'valid/minimal.yaml', '-o', 'out'], memoryIo(dir))).toBe(0);
    const before = readFileSync(join(dir, 'out/plan.json'), 'utf8');
    const io = memoryIo(dir);
    expect(await run(['build', 'invalid/unknown-unit.yaml', '-o', 'out'], io)).toBe(1);
    expect(io.err()).toContain('unknown-unit');
    expect(io.err()).toContain('nothing written');
    expect(readFileSync(join(dir, 'out/plan.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });
});

describe('plan build options', () => {
  it('adds reminders counted in working days, and VTODOs on request', async () => {
    const dir = workspace();
    expect(await run(['build', 'valid/minimal.yaml', '-o', 'out', '--alarm', '3', '--todo'], memoryIo(dir))).toBe(0);
    const ics = readFileSync(join(dir, 'out/calendars/all.ics'), 'utf8');
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain('BEGIN:VTODO');
    // due Fri 2018-05-18; three working days before is Tue 05-15, at 09:00: 2 days 15 hours earlier.
    expect(ics).toContain('DESCRIPTION:截止:报送方案\r\nTRIGGER:-P2DT15H'.replace(':报', '：报'));
  });
  it('renders with the user\'s templates, and a broken one is a usage error that writes nothing', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'summary.md.eta'), '# <%= it.title %> (ours)\n');
    expect(await run(['build', 'valid/minimal.yaml', '-o', 'out', '--templates', '.'], memoryIo(dir))).toBe(0);
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toContain('(ours)');
    writeFileSync(join(dir, 'summary.md.eta'), '<%= it.nothing.here %>');
    const io = memoryIo(dir);
    expect(await run(['build', 'valid/minimal.yaml', '-o', 'out', '--templates', '.'], io)).toBe(2);
    expect(io.err()).toMatch(/^plan: .*summary\.md.*nothing written/);
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toContain('(ours)');
    // The files staged before the failing template (plan.json, calendars, unit lists) went with the staging folder.
    expect(readdirSync(dir).filter((name) => name.includes('plan-'))).toEqual([]);
  });
});

describe('plan date', () => {
  it('prints the contract JSON', async () => {
    const io = memoryIo(workspace());
    expect(await run(['date', '10月至12月上旬', '--year', '2018', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ start: '2018-10-01', end: '2018-12-10', kind: 'window' });
  });
  it('points at what it could not read', async () => {
    const io = memoryIo(workspace());
    expect(await run(['date', '2月30日', '--year', '2018'], io)).toBe(1);
    expect(io.out()).toContain('^');
  });
  it('lists the dates of a working-day recurrence, which no RRULE can say', async () => {
    const io = memoryIo(workspace());
    expect(await run(['date', '每月最后一个工作日', '--year', '2019'], io)).toBe(0);
    // 2019-03-31 and 2019-06-30 are Sundays: the last working days are the Fridays before.
    expect(io.out()).toMatch(/^dates: 2019-01-31, 2019-02-28, 2019-03-29, 2019-04-30, 2019-05-31, 2019-06-28,/m);
    const json = memoryIo(workspace());
    expect(await run(['date', '每月最后一个工作日', '--year', '2019', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out()).dates).toHaveLength(12);
  });
});

describe('plan schema and plan rules', () => {
  it('prints the schema', async () => {
    const io = memoryIo(workspace());
    expect(await run(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
  it('prints the progress file\'s schema with --progress', async () => {
    const io = memoryIo(workspace());
    expect(await run(['schema', '--progress'], io)).toBe(0);
    expect(JSON.parse(io.out()).$id).toMatch(/schemas\/progress\//);
  });
  it('lists the rules from their meta', async () => {
    const io = memoryIo(workspace());
    expect(await run(['rules', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).map((r: { id: string }) => r.id)).toContain('task-within-phase');
  });
});
