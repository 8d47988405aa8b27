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
  const code = await tasksCommand(PLAN, args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan tasks', () => {
  it("prints a unit's tasks by due date, led before supported, with days relative to --today", async () => {
    const { code, out } = await tasks({ unit: '纪检条线', today: '2018-12-05' });
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^完成时限\s+角色\s+序号\s+任务\s+牵头单位\s+配合单位$/);
    expect(lines[2]).toMatch(/^2018-12-10 {2}剩 5 天 +牵头 {2}3\.\(2\) {2}加强干部日常监督和管理/);
    const dues = lines.slice(2).map((l) => l.slice(0, 10));
    expect([...dues].sort()).toEqual(dues);
    // Every row lines up: the task column starts at the same display column on every line.
    const taskColumn = (line: string): number => displayWidth(line.slice(0, line.search(/[\u4e00-\u9fff]{4}/)));
    expect(new Set(lines.slice(2).map(taskColumn)).size).toBe(1);
  });

  it('colours overdue rows red and rows due within 7 days yellow, only on a terminal and never with NO_COLOR', async () => {
    const tty = await tasks({ unit: 'xuanchuan', today: '2018-10-25' }, { tty: true });
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
  });

  it('writes md, csv and json', async () => {
    const md = (await tasks({ unit: 'jijian', today: '2018-12-05', format: 'md' })).out;
    expect(md.split('\n')[0]).toBe('| 完成时限 | 状态 | 角色 | 序号 | 任务 | 牵头单位 | 配合单位 |');
    expect(md).toContain('| 2018-12-10 | 剩 5 天 | 牵头 | 3\\.(2) | 加强干部日常监督和管理 |');
    const csv = (await tasks({ unit: 'jijian', today: '2018-12-05', format: 'csv' })).out;
    expect(csv.startsWith('完成时限,状态,角色,序号,任务,牵头单位,配合单位\r\n')).toBe(true);
    const json = JSON.parse((await tasks({ unit: 'jijian', today: '2018-12-05', format: 'json' })).out) as { id: string; status: string; daysLeft: number | null; role: string }[];
    expect(json[0]).toMatchObject({ id: 'cadre-supervision', status: 'due-soon', daysLeft: 5, role: 'lead' });
    expect(json.map((r) => r.status)).not.toContain('overdue');
  });

  it('lists the whole plan without --unit, and follows --locale', async () => {
    const { out } = await tasks({ today: '2018-05-01', locale: 'en' });
    expect(out.split('\n')[0]).toMatch(/^Due\s+No\.\s+Task\s+Lead\s+Support$/);
    const plan = xietangPlan();
    for (const t of [...plan.phases.flatMap((p) => p.tasks), ...plan.measures]) expect(out).toContain(t.title.slice(0, 10));
    expect(out).toContain('ongoing');
  });

  it('makes bad flags one-line usage errors', async () => {
    await expect(tasks({ today: '2018-02-30' })).rejects.toThrow(UsageError);
    await expect(tasks({ unit: 'nobody' })).rejects.toThrow(/--unit: Unknown unit 'nobody'/);
    await expect(tasks({ format: 'xml' })).rejects.toThrow(/--format takes one of table, md, csv, json/);
    await expect(tasks({ locale: 'fr' })).rejects.toThrow(/--locale takes zh-CN or en/);
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
    await program.parseAsync(['tasks', PLAN, '--unit', 'jijian', '--today', '2018-12-05', '-f', 'json'], { from: 'user' });
    expect(exit).toBe(0);
    expect(JSON.parse(io.out())).toHaveLength(4);
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
