import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseIcs } from '../helpers/ics-parse.js';
import { memoryIo } from '../helpers/memory-io.js';

const header = 'plan: { id: hostile, title: 恶意输入, year: 2018 }\nunits: { a: 党政条线 }\n';
const withTask = (task: string) => `${header}phases:\n  - id: p\n    title: 阶段\n    when: 5月\n    tasks:\n      - ${task}\n`;

/** Writes `content` as plan.yaml in a fresh folder and runs the CLI there. */
async function plan(content: string | Buffer, args: string[] = ['lint', '--format', 'json', 'plan.yaml']) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  writeFileSync(join(dir, 'plan.yaml'), content);
  const io = memoryIo(dir);
  const code = await run(args, io);
  const codes = args.includes('json') && io.out() ? (JSON.parse(io.out()) as { code: string; line: number }[]).map((d) => d.code) : [];
  return { code, codes, out: io.out(), err: io.err(), dir };
}

const build = (content: string) => plan(content, ['build', 'plan.yaml', '-o', 'out']);

describe('hostile YAML', () => {
  it('an alias bomb is refused, not expanded', async () => {
    const bomb = ['x-a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `x-${k}: &${k} [${Array(9).fill(`*${i === 0 ? 'a' : ['b', 'c', 'd', 'e', 'f'][i - 1]}`).join(', ')}]`)].join('\n');
    const r = await plan(`${bomb}\n${withTask('{ id: t, title: T, lead: a }')}`);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(['yaml-limit']);
  });
  it('deep nesting is an error, not a crash, and the report stays short', async () => {
    const r = await plan(`x-deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n${withTask('{ id: t, title: T, lead: a }')}`, ['lint', 'plan.yaml']);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeLessThan(2000);
    expect(r.out).not.toMatch(/\n\s+at /);
  });
  it('a file past the size limit is refused before it is read', async () => {
    const r = await plan(`${withTask('{ id: t, title: T, lead: a }')}# ${'x'.repeat(2048)}\n`, ['lint', '--max-bytes', '1024', 'plan.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('plan: plan.yaml is larger than the limit of 1024 bytes (raise it with --max-bytes)\n');
  });
  it('NUL bytes and invalid UTF-8 are reported with a position', async () => {
    expect((await plan(withTask('{ id: t, title: "T\0", lead: a }'))).codes).toEqual(['encoding-invalid']);
    const bytes = Buffer.concat([Buffer.from(withTask('{ id: t, title: "T').trimEnd()), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('", lead: a }\n')]);
    const r = await plan(bytes);
    expect(r.codes).toEqual(['encoding-invalid']);
    expect(JSON.parse(r.out)[0].line).toBe(8);
  });
  it('a BOM and CRLF line ends change nothing', async () => {
    const lf = withTask('{ id: t, title: T, lead: a }');
    const a = await build(lf);
    const b = await build(`\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(b.dir, 'out/plan.json'), 'utf8')).toBe(readFileSync(join(a.dir, 'out/plan.json'), 'utf8'));
  });
  it('tabs as indentation are an error at their line, named as such', async () => {
    const r = await plan(`${header}phases:\n\t- id: p\n`);
    expect(r.codes[0]).toBe('yaml-tab-indent');
    expect(JSON.parse(r.out)[0].line).toBe(4);
  });
  it('duplicate keys are errors', async () => {
    expect((await plan(withTask('{ id: t, title: T, title: U, lead: a }'))).codes).toEqual(['yaml-duplicate-key']);
  });
  it('custom tags are inert text with a warning', async () => {
    const r = await build(withTask('{ id: t, title: !!js/function "function () { process.exit(3) }", lead: !foo a }'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('Unresolved tag');
    expect(readFileSync(join(r.dir, 'out/plan.json'), 'utf8')).toContain('"title": "function () { process.exit(3) }"');
  });
  it('numbers where strings belong are type errors', async () => {
    expect((await plan(withTask('{ id: 17, title: 2018, lead: a }'))).codes).toEqual(['schema-type', 'schema-type']);
  });
  it('ids that could escape the output folder or name a device are refused', async () => {
    expect((await plan(withTask('{ id: "../../etc/passwd", title: T, lead: a }'))).codes).toEqual(['schema-format']);
    expect((await plan(withTask('{ id: "..", title: T, lead: a }'))).codes).toEqual(['schema-format']);
    const r = await plan(`plan: { id: x, title: t, year: 2018 }\nunits: { CON: 党政条线 }\nphases:\n  - { id: p, title: P, when: 5月, tasks: [{ id: t, title: T, lead: CON }] }\n`);
    expect(r.codes).toEqual(['id-reserved']);
  });
  it('the task limit is enforced and can be raised', async () => {
    const tasks = Array.from({ length: 5 }, (_, i) => `      - { id: t${i}, title: T, lead: a }`).join('\n');
    const text = `${header}phases:\n  - id: p\n    title: 阶段\n    when: 5月\n    tasks:\n${tasks}\n`;
    expect((await plan(text, ['lint', '--format', 'json', '--max-tasks', '3', 'plan.yaml'])).codes).toEqual(['yaml-limit']);
    expect((await plan(text, ['lint', '--format', 'json', '--max-tasks', '5', 'plan.yaml'])).code).toBe(0);
  });
});

describe('hostile titles are inert in every output', () => {
  const evil = '<script>alert(1)</script> =HYPERLINK("http://x","y") <%= it.plan %> {{x}} | # END:VEVENT';
  it('very long titles, HTML, formulas, template syntax, calendar syntax', async () => {
    const long = '长'.repeat(5000);
    const r = await build(
      withTask(`{ id: t, title: ${JSON.stringify(evil)}, lead: a }\n      - { id: u, title: ${JSON.stringify(`行一\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:假的`)}, lead: a }\n      - { id: v, title: ${long}, lead: a }\n      - { id: w, title: "=SUM(A1:A9)", lead: a }`),
    );
    expect(r.code).toBe(0);
    const out = (p: string) => readFileSync(join(r.dir, 'out', p), 'utf8');
    expect(out('summary.html')).not.toContain('<script>alert');
    expect(out('summary.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out('summary.html')).toContain('&lt;%= it.plan %&gt;');
    // A cell that starts with = + - @ is prefixed with ' so spreadsheets show it as text.
    expect(out('units/a.csv')).toContain(`'=SUM(A1:A9)`);
    expect(out('units/a.csv')).not.toMatch(/(^|,)"?[=+@-]/m);
    const ics = out('calendars/all.ics');
    const events = parseIcs(ics).components.filter((c) => c.type === 'vevent');
    expect(events.map((e) => e.uid.split('.')[0])).toEqual(['t', 'u', 'v', 'w']);
    expect(events[1]!.summary).toBe('行一\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:假的');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(r.err).toContain('title-length');
  });
});
