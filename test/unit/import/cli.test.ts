import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { declareImport } from '../../../src/cli/declare/import.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import { memoryIo, type MemoryIo } from '../../helpers/memory-io.js';

const fixture = (name: string): string => new URL(`../../fixtures/corpus/${name}`, import.meta.url).pathname;

/** A folder holding the fixtures a user would import. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
  for (const name of ['xietang-2018-jiefang-sixiang.txt', '02_xialu-2023-zdrw-fenjie.txt', 'snippet.docx']) copyFileSync(fixture(name), join(dir, name));
  return dir;
}

/** `plan import …` in process, with main.ts's mapping of usage errors to exit 2. */
async function planImport(argv: string[], io: MemoryIo): Promise<number> {
  let exit = 0;
  const program = new Command('plan').exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  declareImport(program, io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync(['import', ...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`plan: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CommanderError) return 2;
    throw error;
  }
}

describe('plan import (command line)', () => {
  it('writes the plan to stdout; exit 1 and a count on stderr while TODOs remain', async () => {
    const io = memoryIo(workspace());
    expect(await planImport(['xietang-2018-jiefang-sixiang.txt'], io)).toBe(1);
    expect(io.out().startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(parse(io.out()).phases).toHaveLength(4);
    expect(io.err()).toContain('plan import: 1 处待核实,已写入 <stdout> 的 todo 中');
  });

  it('exit 0 for a document it reads completely (.docx via mammoth)', async () => {
    const io = memoryIo(workspace());
    expect(await planImport(['snippet.docx', '-o', 'snippet.yaml'], io)).toBe(0);
    expect(io.err()).toBe('');
    const plan = parse(readFileSync(join(io.cwd, 'snippet.yaml'), 'utf8'));
    expect(plan.plan).toMatchObject({ title: '某街道2021年垃圾分类推进工作实施方案', year: 2021 });
    expect(plan.units).toEqual({ chengguan: '城管条线', xuanchuan: '宣传条线', geshequ: { name: '各社区', collective: true } });
    expect(plan.phases[0]).toMatchObject({ title: '宣传发动阶段', when: '3月至4月' });
    expect(plan.phases[0].tasks[1]).toMatchObject({ title: '完成各社区宣传栏布置', lead: '各社区', support: ['宣传条线'], due: '4月15日前' });
  });

  it('writes a plan that builds even where the text is cut off, and exits 1 while todos remain', async () => {
    const io = memoryIo(workspace());
    expect(await planImport(['02_xialu-2023-zdrw-fenjie.txt', '-o', 'xialu.yaml'], io)).toBe(1);
    expect(existsSync(join(io.cwd, 'xialu.yaml'))).toBe(true);
    // No error that would stop a build; the todos are counted, and lint lists each one.
    expect(io.err()).not.toMatch(/ error /);
    expect(io.err()).toMatch(/plan import: \d+ 处待核实,已写入 xialu\.yaml 的 todo 中/);
    const lint = memoryIo(io.cwd);
    expect(await run(['lint', 'xialu.yaml'], lint)).toBe(1);
    expect(lint.err() + lint.out()).toMatch(/xialu\.yaml:\d+:\d+ +(?:error|错误) +(?:待核实:原文未写牵头单位|Still to settle: 原文未写牵头单位).*unsettled/);
  });

  it('refuses to overwrite without --force, overwrites with it, and leaves no temp file', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plan.yaml'), 'mine\n');
    const io = memoryIo(dir);
    expect(await planImport(['snippet.docx', '-o', 'plan.yaml'], io)).toBe(2);
    expect(io.err()).toBe('plan: plan.yaml exists; pass --force to overwrite it\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('mine\n');
    expect(await planImport(['snippet.docx', '-o', 'plan.yaml', '--force'], memoryIo(dir))).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('某街道2021年垃圾分类推进工作实施方案');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads stdin for -, and asks for --year when the text gives none', async () => {
    const text = '一、工作安排\n(一)召开动员会议。(牵头单位:办公室,3月底前完成)\n';
    const without = memoryIo(workspace(), { stdin: text });
    expect(await planImport(['-'], without)).toBe(2);
    expect(without.err()).toBe('plan: <stdin>: the document does not say which year the plan is for: pass --year\n');
    const withYear = memoryIo(workspace(), { stdin: text });
    await planImport(['-', '--year', '2021', '--id', 'meeting-2021'], withYear);
    const plan = parse(withYear.out());
    expect(plan.plan).toMatchObject({ id: 'meeting-2021', year: 2021 });
    expect(plan.phases[0].tasks[0]).toMatchObject({ lead: '办公室', due: '3月底前完成' });
  });

  it('exit 2 with one line for unreadable input and bad options', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 1]));
    const cases: [string[], RegExp][] = [
      [['missing.txt'], /^plan: cannot read missing\.txt: no such file\n$/],
      [['broken.docx'], /^plan: broken\.docx is a damaged zip archive .*save it again\n$/],
      [['old.doc'], /^plan: old\.doc is .*which plan cannot read: save it as \.docx or plain text\n$/],
      [['snippet.docx', '--year', '18'], /^plan: --year takes a year such as 2023, got '18'\n$/],
      [['snippet.docx', '--id', 'bad id'], /^plan: --id 'bad id' is not an id/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo(dir);
      expect(await planImport(argv, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe('');
    }
  });

  it('import, then build: calendars and task lists for every unit', async () => {
    const dir = workspace();
    expect(await planImport(['xietang-2018-jiefang-sixiang.txt', '-o', 'xietang.yaml'], memoryIo(dir))).toBe(1);
    const ids = Object.keys(parse(readFileSync(join(dir, 'xietang.yaml'), 'utf8')).units as object);
    expect(ids).toHaveLength(5);
    const io = memoryIo(dir, { env: { SOURCE_DATE_EPOCH: '1525219200' } });
    expect(await run(['build', 'xietang.yaml', '-o', 'out'], io)).toBe(0);
    const calendars = readdirSync(join(dir, 'out', 'calendars')).sort();
    const lists = readdirSync(join(dir, 'out', 'units')).sort();
    expect(calendars).toEqual(['all.ics', ...ids.map((id) => `${id}.ics`)].sort());
    expect(lists).toEqual(expect.arrayContaining(ids.map((id) => `${id}.md`)));
    const json = JSON.parse(readFileSync(join(dir, 'out', 'plan.json'), 'utf8'));
    expect(json.phases.flatMap((p: { tasks: unknown[] }) => p.tasks)).toHaveLength(22);
    // 四.2's lead is the plan-level one, with a todo: built, marked, and said so.
    expect(io.err()).toMatch(/plan: 有 1 处待核实\(todo\):相关事项在每份输出中都标有“【待核实】”/);
    const marked = json.measures.filter((m: { title: string }) => m.title.startsWith('【待核实】')).map((m: { title: string }) => m.title);
    expect(marked).toEqual(['【待核实】搞好分类指导']);
    expect(readFileSync(join(dir, 'out', 'calendars', 'all.ics'), 'utf8')).toContain('SUMMARY:长期：【待核实】搞好分类指导');
  });
});
