import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tasksCommand, type TasksOptions } from '../../../src/cli/commands/tasks.js';
import type { Io } from '../../../src/cli/io.js';
import { displayWidth } from '../../../src/text/display-width.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { xietangPlan } from '../emit/summary/xietang.js';
import { columnStarts, gridProblems, readRows, slice } from './read-table.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PLAN = 'plans/xietang-2018.yaml';
const TODAY = '2018-12-15';

const HEADINGS = {
  zh: ['完成时限', '状态', '序号', '任务', '牵头单位', '配合单位'],
  en: ['Due', 'Status', 'No.', 'Task', 'Lead', 'Support'],
} as const;

async function run(options: TasksOptions, io: Io = memoryIo(root)): Promise<string> {
  const code = await tasksCommand(PLAN, { today: TODAY, progress: false, ...options }, io);
  expect(code).toBe(0);
  return (io as ReturnType<typeof memoryIo>).out();
}

/** Every task of the plan with the number the table shows for it in `language`. */
function expectedTasks(language: 'zh' | 'en') {
  const plan = xietangPlan();
  const phases = plan.phases.flatMap((p, i) => p.tasks.map((t, j) => ({ task: t, number: language === 'zh' ? `${i + 1}.(${j + 1})` : `${i + 1}.${j + 1}` })));
  return [...phases, ...plan.measures.map((t, m) => ({ task: t, number: String(m + 1) }))];
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe.each([
  [80, 'zh'],
  [120, 'zh'],
  [80, 'en'],
  [120, 'en'],
] as const)('plan tasks at %i columns in %s', (width, language) => {
  it('keeps every line within the width and every column on its grid', async () => {
    const lines = (await run({ width: String(width), lang: language })).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    const starts = columnStarts(lines[1]!);
    expect(starts).toHaveLength(HEADINGS[language].length);
    expect(lines.flatMap((line) => gridProblems(line, starts))).toEqual([]);
    // The table uses the room it is given rather than staying narrow.
    expect(Math.max(...lines.map(displayWidth))).toBeGreaterThan(width - 12);
  });

  it('heads every column, lists every task under its number, and wrapped titles re-join whole', async () => {
    const lines = (await run({ width: String(width), lang: language })).trimEnd().split('\n');
    const starts = columnStarts(lines[1]!);
    expect(starts.map((s, i) => slice(lines[0]!, s, starts[i + 1] ?? Infinity))).toEqual(HEADINGS[language]);
    const title = 3;
    const rows = readRows(lines.slice(2), starts, title);
    const byNumber = new Map(rows.filter((r) => r.columns[2]!.length > 0).map((r) => [r.columns[2]!.join(''), r]));
    const tasks = expectedTasks(language);
    expect([...byNumber.keys()].sort()).toEqual(tasks.map((t) => t.number).sort());
    for (const { task, number } of tasks) {
      const row = byNumber.get(number)!;
      expect(squeeze(row.columns[title]!.join(''))).toBe(squeeze(task.title));
      expect(row.columns[0]).toEqual([task.due]);
    }
    if (width === 80) expect(rows.some((r) => r.columns[title]!.length > 1)).toBe(true);
  });

  it("lists each task's dated events on their days, under the task", async () => {
    const lines = (await run({ width: String(width), lang: language })).trimEnd().split('\n');
    const starts = columnStarts(lines[1]!);
    const rows = readRows(lines.slice(2), starts, 3);
    const task = rows.findIndex((r) => r.columns[2]!.join('') === (language === 'zh' ? '4.(1)' : '4.1'));
    const events = rows.slice(task + 1, task + 3);
    expect(events.map((r) => r.columns[0]!.join(''))).toEqual(['2018-12-18', '2018-12-20']);
    expect(squeeze(events[0]!.columns[3]!.join(''))).toContain('庆祝改革开放40周年大会');
    expect(events[0]!.columns[1]).toEqual([language === 'zh' ? '还有 3 天' : 'in 3 days']);
    expect(squeeze(events[1]!.columns[3]!.join(''))).toContain(squeeze(language === 'zh' ? '日期前后浮动' : 'around this day'));
  });
});

describe('plan tasks in a terminal', () => {
  it("takes the terminal's width when stdout is one, and 80 when it is a file or a pipe", async () => {
    const io = memoryIo(root, { tty: true });
    const wide = { ...io, stdout: { ...io.stdout, columns: 150 } };
    await tasksCommand(PLAN, { today: TODAY, progress: false }, wide);
    const ttyLines = io.out().replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n');
    expect(Math.max(...ttyLines.map(displayWidth))).toBeGreaterThan(120);
    for (const line of ttyLines) expect(displayWidth(line)).toBeLessThanOrEqual(150);
    const piped = (await run({})).trimEnd().split('\n');
    expect(Math.max(...piped.map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('fits a unit\'s list with its role column, and cuts titles to one line with --truncate', async () => {
    const lines = (await run({ width: '80', unit: '宣传条线', truncate: true })).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^完成时限\s+状态\s+角色\s+序号\s+任务\s+牵头单位\s+配合单位$/);
    const starts = columnStarts(lines[1]!);
    expect(lines.flatMap((line) => gridProblems(line, starts))).toEqual([]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    // One line a row: every line after the rule starts a task or an event.
    expect(lines.slice(2).every((line) => /^\d{4}-\d{2}-\d{2} /.test(line) || /^\s+- /.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('…'))).toBe(true);
  });

  it('gives way to one block a task when even the narrowest table does not fit', async () => {
    const out = await run({ width: '40' });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    for (const { task, number } of expectedTasks('zh')) expect(squeeze(out)).toContain(squeeze(`${number} ${task.title}`));
    expect(out).toContain('牵头单位:党政条线、宣传条线');
    expect(out).toContain('2018-12-18 还有 3 天');
  });

  it('refuses a width too small to read, in the language the flags and LANG ask for', async () => {
    await expect(run({ width: '12' })).rejects.toThrow("--width takes a whole number of columns, at least 20, got '12'");
    await expect(run({ width: 'wide' }, memoryIo(root, { env: { LANG: 'zh_CN.UTF-8' } }))).rejects.toThrow("--width 应为不小于 20 的整数(列数),收到的是 'wide'");
  });
});
