import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { tasksCommand, todayFrom } from '../../../src/cli/commands/tasks.js';
import { declareTasks } from '../../../src/cli/declare/tasks.js';
import { textTable } from '../../../src/emit/unit-lists/text-table.js';
import { displayWidth } from '../../../src/text/display-width.js';
import { taskList } from '../../../src/emit/unit-lists/task-list.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { xietangPlan } from '../emit/summary/xietang.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PLAN = 'plans/xietang-2018.yaml';
const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';

async function tasks(args: Record<string, string>, options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const io = memoryIo(root, options);
  // The issued plan: its progress beside it (the worked example) is left out here, tested in test/unit/status.
  const code = await tasksCommand(PLAN, { progress: false, ...args }, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan tasks', () => {
  it("prints a unit's tasks by due date, led before supported, with days relative to --today", async () => {
    const { code, out } = await tasks({ unit: '纪检条线', today: '2018-12-05', width: '200' });
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^完成时限\s+状态\s+角色\s+序号\s+任务\s+牵头单位\s+配合单位$/);
    expect(lines[2]).toMatch(/^2018-12-10 {2}剩 5 天 +牵头 {2}3\.\(2\) {2}加强干部日常监督和管理/);
    const dues = lines.slice(2).map((l) => l.slice(0, 10));
    expect([...dues].sort()).toEqual(dues);
    // Every row lines up: the task column starts at the same display column on every line.
    const taskColumn = (line: string): number => displayWidth(line.slice(0, line.search(/[\u4e00-\u9fff]{4}/)));
    expect(new Set(lines.slice(2).map(taskColumn)).size).toBe(1);
  });

  it('colours overdue rows red and rows due within 7 days yellow, only on a terminal and never with NO_COLOR', async () => {
    const tty = await tasks({ unit: 'xuanchuan', today: '2018-10-25', width: '200' }, { tty: true });
    const overdue = tty.out.split('\n').find((l) => l.includes('召开街道党工委会议精心策划部署')) ?? '';
    const soon = tty.out.split('\n').find((l) => l.includes('举办3期')) ?? '';
    const later = tty.out.split('\n').find((l) => l.includes('认真组织好中央和省')) ?? '';
    expect(overdue.startsWith(RED)).toBe(true);
    expect(overdue).toContain('逾期 147 天');
    expect(soon.startsWith(YELLOW)).toBe(true);
    expect(soon).toContain('剩 6 天');
    expect(later).not.toContain('\u001b[');
    expect((await tasks({ unit: 'xuanchuan', today: '2018-10-25' })).out).not.toContain('\u001b[');
    expect((await tasks({ unit: 'xuanchuan', today: '2018-10-25' }, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    for (const format of ['tsv', 'csv', 'json', 'md']) expect((await tasks({ today: '2018-10-25', format }, { tty: true, env: { FORCE_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('writes md in the reader\'s language, every column headed', async () => {
    const md = (await tasks({ unit: 'jijian', today: '2018-12-05', format: 'md' })).out;
    expect(md.split('\n')[0]).toBe('| 完成时限 | 状态 | 角色 | 序号 | 任务 | 牵头单位 | 配合单位 |');
    expect(md).toContain('| 2018-12-10 | 剩 5 天 | 牵头 | 3\\.(2) | 加强干部日常监督和管理 |');
    const en = (await tasks({ unit: 'jijian', today: '2018-12-05', format: 'md', lang: 'en' })).out;
    expect(en.split('\n')[0]).toBe('| Due | Status | Role | No. | Task | Lead | Support |');
    expect(en).toContain('| 2018-12-10 | 5 days left | lead | 3\\.2 | 加强干部日常监督和管理 |');
  });

  it('lists the whole plan without --unit, in English under --lang en or --locale en', async () => {
    for (const flag of [{ lang: 'en' }, { locale: 'en' }]) {
      const { out } = await tasks({ today: '2018-05-01', width: '300', ...flag });
      expect(out.split('\n')[0]).toMatch(/^Due\s+Status\s+No\.\s+Task\s+Lead\s+Support$/);
      const plan = xietangPlan();
      for (const t of [...plan.phases.flatMap((p) => p.tasks), ...plan.measures]) expect(out).toContain(t.title);
      expect(out).toContain('ongoing');
      expect(out).toContain('30 days left');
      expect(out).not.toMatch(/[剩逾长]/);
    }
  });

  it('speaks the plan\'s language, else LANG\'s: a plan that states no locale follows the environment', async () => {
    const text = readFileSync(`${root}${PLAN}`, 'utf8');
    expect(text).toContain('  locale: zh-CN\n');
    const stdin = text.replace('  locale: zh-CN\n', '');
    const run = async (env: Record<string, string>, planFile = '-') => {
      const io = memoryIo(root, { stdin, env });
      await tasksCommand(planFile, { today: '2018-05-01' }, io);
      return io.out().split('\n')[0];
    };
    expect(await run({ LANG: 'zh_CN.UTF-8' })).toMatch(/^完成时限/);
    expect(await run({})).toMatch(/^Due/);
    expect(await run({ LANG: 'en_US.UTF-8' }, PLAN)).toMatch(/^完成时限/);
  });

  it('says so in words when a unit has no task', async () => {
    const text = readFileSync(`${root}${PLAN}`, 'utf8').replace('units:\n', 'units:\n  idle: 后勤条线\n');
    const io = memoryIo(root, { stdin: text });
    expect(await tasksCommand('-', { unit: '后勤条线', today: '2018-05-01' }, io)).toBe(0);
    expect(io.out()).toBe('本方案中没有后勤条线牵头或配合的任务。\n');
    const en = memoryIo(root, { stdin: text });
    await tasksCommand('-', { unit: 'idle', today: '2018-05-01', lang: 'en' }, en);
    expect(en.out()).toBe('后勤条线 leads or supports no task in this plan.\n');
    const json = memoryIo(root, { stdin: text });
    await tasksCommand('-', { unit: 'idle', today: '2018-05-01', format: 'json' }, json);
    expect(JSON.parse(json.out())).toEqual([]);
  });

  it('notes a repeat in the plan\'s own words under its task, and gives its rule to scripts', async () => {
    const text = readFileSync(`${root}${PLAN}`, 'utf8').replace('        title: 广泛征集存在问题\n', '        title: 广泛征集存在问题\n        repeat: 每月\n');
    expect(text).toContain('repeat: 每月');
    const run = async (options: Record<string, string>) => {
      const io = memoryIo(root, { stdin: text });
      expect(await tasksCommand('-', { today: '2018-05-01', width: '100', ...options }, io)).toBe(0);
      return io.out();
    };
    const lines = (await run({})).split('\n');
    const task = lines.findIndex((l) => l.includes('广泛征集存在问题'));
    expect(lines[task + 1]).toMatch(/^\s+- 重复:每月$/);
    expect((await run({ lang: 'en' })).split('\n')[task + 1]).toMatch(/^\s+- repeats: 每月$/);
    const json = JSON.parse(await run({ format: 'json' })) as { id: string; repeat: unknown }[];
    expect(json.find((r) => r.id === 'collect-problems')!.repeat).toEqual({ rrule: expect.stringContaining('FREQ=MONTHLY'), wording: '每月' });
  });

  it('makes bad flags one-line usage errors', async () => {
    await expect(tasks({ today: '2018-02-30' })).rejects.toThrow(UsageError);
    await expect(tasks({ unit: 'nobody', lang: 'en' })).rejects.toThrow(/--unit: Unknown unit 'nobody'/);
    await expect(tasks({ unit: 'nobody' })).rejects.toThrow(/--unit:未知单位“nobody”/);
    await expect(tasks({ format: 'xml' })).rejects.toThrow(/--format takes one of table, md, tsv, csv, json/);
    await expect(tasks({ locale: 'fr' })).rejects.toThrow(/--locale takes zh-CN or en/);
    await expect(tasks({ lang: 'fr' })).rejects.toThrow(/--lang takes zh or en, got 'fr'/);
  });

  it('takes today from --today, then SOURCE_DATE_EPOCH, then the clock (local day)', () => {
    const clock = () => new Date(2020, 0, 2, 7, 30);
    expect(todayFrom({ today: '2018-06-01' }, { SOURCE_DATE_EPOCH: '0' }, clock)).toBe('2018-06-01');
    expect(todayFrom({}, { SOURCE_DATE_EPOCH: '1527811200' }, clock)).toBe('2018-06-01');
    expect(todayFrom({}, {}, clock)).toBe('2020-01-02');
  });

  it('is declared as a commander command that imports its module on use', async () => {
    const io = memoryIo(root);
    let exit = -1;
    const program = new Command('plan').exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    declareTasks(program, io, (code) => (exit = code));
    await program.parseAsync(['tasks', PLAN, '--no-progress', '--unit', 'jijian', '--today', '2018-12-05', '-f', 'json'], { from: 'user' });
    expect(exit).toBe(0);
    expect(JSON.parse(io.out())).toHaveLength(4);
    const narrow = memoryIo(root);
    const again = new Command('plan').exitOverride();
    declareTasks(again, narrow, (code) => (exit = code));
    await again.parseAsync(['tasks', PLAN, '--no-progress', '--today', '2018-12-05', '-w', '70', '--truncate', '--lang', 'en'], { from: 'user' });
    const lines = narrow.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Due\s+Status/);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(70);
  });
});

describe('taskList and textTable', () => {
  it('puts a task due today at 0 days, due-soon; ongoing measures have no countdown', () => {
    const rows = taskList(xietangPlan(), '2018-05-31', 'xuanchuan');
    expect(rows[0]).toMatchObject({ daysLeft: 0, status: 'due-soon', relative: '今天' });
    expect(rows.filter((r) => r.status === 'ongoing').map((r) => r.info.task.kind)).toEqual(['measure', 'measure', 'measure']);
  });

  it('pads by display width (CJK two cells) and shows control characters as spaces', () => {
    expect(textTable([['名称', 'x'], ['ab', 'y'], ['a\tb\nc', 'z']])).toBe('名称   x\n─────  ─\nab     y\na b c  z\n');
  });
});
