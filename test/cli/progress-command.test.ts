import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const plan = readFileSync(new URL('../fixtures/progress-rules/plan.yaml', import.meta.url), 'utf8');

function workspace(options: { perUnit?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-progress-'));
  writeFileSync(join(dir, 'p.yaml'), plan);
  if (options.perUnit) mkdirSync(join(dir, 'p.progress'));
  return dir;
}

async function record(dir: string, args: readonly string[], env: Record<string, string> = {}, now?: Date) {
  const io = { ...memoryIo(dir, { env }), ...(now ? { now: () => now } : {}) };
  const code = await run(['progress', 'p.yaml', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const entries = (file: string) => (parse(readFileSync(file, 'utf8')) as { plan: string; unit?: string; entries: Record<string, unknown>[] });

describe('plan progress PLAN TASK STATE', () => {
  it('creates <plan>.progress.yaml with the schema line and plan id, and says what it recorded and which day', async () => {
    const dir = workspace();
    const { code, out } = await record(dir, ['convene', '已完成', '--date', '2018-05-10', '--note', '5月8日召开会议。', '--unit', '党政办', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toBe('Recorded in p.progress.yaml: 召开动员会议 — done on 2018-05-10 (the day given with --date).\n');
    const text = readFileSync(join(dir, 'p.progress.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/progress\.schema\.json$/);
    expect(entries(join(dir, 'p.progress.yaml'))).toEqual({ plan: 'progress-rules', entries: [{ task: 'convene', date: '2018-05-10', state: '已完成', note: '5月8日召开会议。', unit: '党政条线' }] });
  });

  it('appends to an existing file without touching its comments; the day defaults to SOURCE_DATE_EPOCH, else today', async () => {
    const dir = workspace();
    const before = '# 办公室维护\nplan: progress-rules\nentries:\n  # 五月\n  - { task: report, date: 2018-05-10, state: 推进中 }\n';
    writeFileSync(join(dir, 'p.progress.yaml'), before);
    const epoch = String(Date.UTC(2018, 4, 15, 20) / 1000); // 2018-05-16 in Beijing
    const first = await record(dir, ['报送工作方案', 'done', '--percent', '100'], { SOURCE_DATE_EPOCH: epoch });
    expect(first.code).toBe(0);
    expect(first.out).toContain('2018-05-16');
    const after = readFileSync(join(dir, 'p.progress.yaml'), 'utf8');
    expect(after).toBe(`${before}  - { task: report, date: 2018-05-16, state: 已完成, percent: 100 }\n`);
    const byClock = await record(dir, ['forums', 'in-progress', '--lang', 'zh'], {}, new Date(Date.UTC(2018, 5, 30, 17)));
    expect(byClock.out).toBe('已记入 p.progress.yaml:举办论坛——2018-07-01 推进中(日期为今天;如需其他日期请用 --date)。\n');
  });

  it("writes to the unit's own file when the plan keeps one per unit", async () => {
    const dir = workspace({ perUnit: true });
    expect((await record(dir, ['forums', '推进中', '--unit', '宣传条线', '--date', '2018-06-10', '--percent', '30'])).code).toBe(0);
    expect(entries(join(dir, 'p.progress/xuanchuan.yaml'))).toEqual({ plan: 'progress-rules', unit: '宣传条线', entries: [{ task: 'forums', date: '2018-06-10', state: '推进中', percent: 30 }] });
    expect((await record(dir, ['forums', '滞后', '--unit', 'xuanchuan', '--date', '2018-07-10'])).code).toBe(0);
    expect(entries(join(dir, 'p.progress/xuanchuan.yaml')).entries).toHaveLength(2);
    // --file wins
    expect((await record(dir, ['forums', '滞后', '--date', '2018-07-11', '--file', 'other.progress.yaml'])).code).toBe(0);
    expect(existsSync(join(dir, 'other.progress.yaml'))).toBe(true);
  });

  it('refuses, writing nothing, what lint would call an error', async () => {
    const dir = workspace();
    await record(dir, ['convene', '推进中', '--date', '2018-05-10']);
    const before = readFileSync(join(dir, 'p.progress.yaml'), 'utf8');
    const conflict = await record(dir, ['convene', '已完成', '--date', '2018-05-10']);
    expect(conflict.code).toBe(1);
    expect(conflict.err).toContain('progress-conflict');
    expect(conflict.err).toContain('nothing recorded: p.progress.yaml would have the errors above');
    // A mistyped year is after today (the clock, 2018-09-30 here).
    const future = await record(dir, ['convene', '已完成', '--date', '2019-05-20'], {}, new Date(Date.UTC(2018, 8, 30)));
    expect(future.code).toBe(1);
    expect(future.err).toContain('progress-after-as-of');
    expect(readFileSync(join(dir, 'p.progress.yaml'), 'utf8')).toBe(before);
  });

  it('names unknown tasks, states, units and bad values in the user’s language, with suggestions', async () => {
    const dir = workspace();
    const cases: [string[], RegExp][] = [
      [['forum', '推进中'], /No task 'forum' in the plan\. Did you mean 'forums'\?/],
      [['forums', '完成'], /Unknown state '完成'\. Write one of: 未启动 \(not-started\), 推进中 \(in-progress\), 已完成 \(done\)/],
      [['forums', '推进中', '--unit', '宣传科'], /Unknown unit '宣传科'/],
      [['forums', '推进中', '--percent', '120'], /--percent '120' is not a whole number from 0 to 100/],
      [['forums', '推进中', '--date', '2018-02-30'], /--date '2018-02-30' is not a day/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await record(dir, [...args, '--lang', 'en']);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
    }
    const zh = await record(dir, ['forum', '推进中', '--lang', 'zh']);
    expect(zh.err).toContain('方案里没有编号为“forum”的任务。您是否指“forums”?');
    expect(existsSync(join(dir, 'p.progress.yaml'))).toBe(false);
  });

  it('has its help in the user’s language', async () => {
    const io = memoryIo(process.cwd(), { env: { LANG: 'zh_CN.UTF-8' } });
    await run(['progress', '--help'], io);
    expect(io.out()).toContain('记录某项任务的一条进展');
    expect(io.out()).toContain('--percent <n>');
  });
});
