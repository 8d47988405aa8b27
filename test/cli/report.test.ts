// `plan report`, in process through the CLI (commander included), on two small plans written by
// hand: test/fixtures/report/alpha.yaml with alpha.progress.yaml, and beta.yaml (no progress).
// Every expected count is worked out by hand in the comments from the fixtures, not by our code.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { displayWidth } from '../../src/text/display-width.js';
import { memoryIo } from '../helpers/memory-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ALPHA = 'test/fixtures/report/alpha.yaml';
const BETA = 'test/fixtures/report/beta.yaml';

/** Chinese punctuation written with ASCII stand-ins in this file: , ; : ( ) for ，；：（）. */
const fw = (text: string): string => text.replace(/[,;:()]/g, (c) => ({ ',': '\uff0c', ';': '\uff1b', ':': '\uff1a', '(': '\uff08', ')': '\uff09' })[c]!);

async function report(args: readonly string[], options: { tty?: boolean; env?: Record<string, string>; now?: Date } = {}) {
  const io = memoryIo(root, options);
  const withClock = options.now ? { ...io, now: () => options.now! } : io;
  const code = await run(['report', ...args], withClock);
  return { code, out: io.out(), err: io.err() };
}

async function json(args: readonly string[]) {
  const { code, out, err } = await report([...args, '--format', 'json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

/** The count cells of a table row that starts with `name` (terminal or Markdown). */
function counts(text: string, name: string): number[] {
  const line = text.split('\n').find((l) => l.replace(/^\|\s*/, '').startsWith(name));
  expect(line, name).toBeDefined();
  return line!
    .slice(line!.indexOf(name) + name.length)
    .split(/[\s|*]+/)
    .filter(Boolean)
    .map(Number);
}

// Where alpha's tasks stand on 2018-09-30 (due dates from the plan; entries from the progress file):
//   t1 召开动员会     p1 党政办          due 05-31, done 05-25                 -> done
//   t2 印发宣传材料   p1 宣传条线        due 05-18, done 05-28                 -> done, 10 days late
//   t3 开展自查       p1 纪检条线        due 05-31, never reported             -> overdue 122 days, silent 152 (since 05-01)
//   t4 举办论坛       p2 宣传条线        due 09-30, 滞后 60% on 09-20          -> behind, due today, silent 10
//   t5 专题调研       p2 党政办+纪检条线 due 07-31, 滞后 on 07-15              -> overdue 61 days, silent 77
//   t6 编印简报       p2 宣传条线        due 08-31, 暂缓 on 08-10              -> paused
//   t7 整改问题清单   p3 纪检条线        starts 10-01, due 10-10, no report    -> on track, due in 10 days
//   t8 总结评估       p3 党政办          starts 12-01, due 12-31               -> on track
//   m1 加强组织领导   measure 党政办     推进中 on 09-01                       -> on track, silent 29 (not > 30)
//   m2 编制宣传手册   measure 宣传条线   取消 on 06-01                         -> cancelled
// Totals: 10 tasks; done 2 (t1 t2), on track 3 (t7 t8 m1), behind 1 (t4), overdue 2 (t3 t5),
// paused 1 (t6), cancelled 1 (m2); finished late 1 (t2); silent > 30 days 2 (t3 t5).
describe('plan report on one plan', () => {
  it('counts by phase and by lead unit, as worked out by hand', async () => {
    const { code, out, err } = await report([ALPHA, '--as-of', '2018-09-30', '--width', '120']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('甲街道大讨论活动实施方案');
    expect(lines[1]).toBe(fw('工作进展通报(截至2018年9月30日)'));
    expect(out).toContain(fw('共10项任务,已完成2项,正常推进3项,滞后1项,逾期未完成2项,暂缓1项,取消1项。'));
    expect(out).toContain(fw('其中逾期完成1项;尚未完成且超过30天未报送2项。'));
    // Columns: tasks, done, on track, behind, overdue, paused, cancelled, not reported > 30 days.
    expect(counts(out, '宣传发动')).toEqual([3, 2, 0, 0, 1, 0, 0, 1]); // t1 t2 t3
    expect(counts(out, '学习讨论')).toEqual([3, 0, 0, 1, 1, 1, 0, 1]); // t4 t5 t6
    expect(counts(out, '整改落实')).toEqual([2, 0, 2, 0, 0, 0, 0, 0]); // t7 t8
    expect(counts(out, '组织保障措施')).toEqual([2, 0, 1, 0, 0, 0, 1, 0]); // m1 m2
    expect(counts(out, '合计')).toEqual([10, 2, 3, 1, 2, 1, 1, 2]);
    // A task with two lead units counts in each (t5).
    expect(counts(out, '党政办')).toEqual([4, 1, 2, 0, 1, 0, 0, 1]); // t1 t5 t8 m1
    expect(counts(out, '宣传条线')).toEqual([4, 1, 0, 1, 0, 1, 1, 0]); // t2 t4 t6 m2
    expect(counts(out, '纪检条线')).toEqual([3, 0, 1, 0, 2, 0, 0, 2]); // t3 t5 t7
  });

  it('lists overdue tasks by unit with days overdue, what falls due, what finished late and who is silent', async () => {
    const { out } = await report([ALPHA, '--as-of', '2018-09-30', '--width', '200']);
    const section = (heading: string): string => {
      const start = out.indexOf(heading);
      const end = out.indexOf('\n\n', start);
      return out.slice(start, end < 0 ? undefined : end + 1);
    };
    // Units in plan order; within a unit, most days overdue first (t3 122 days, t5 61 days).
    expect(section('四、')).toBe(
      [
        '四、逾期未完成任务',
        fw('党政办(1项)'),
        fw('  - 2.(2) 专题调研(时限7月31日;逾期61天;最近报送7月15日:滞后)').replace('2.\uff082\uff09', '2.(2)'),
        fw('纪检条线(2项)'),
        fw('  - 1.(3) 开展自查(时限5月31日;逾期122天;从未报送)').replace('1.\uff083\uff09', '1.(3)'),
        fw('  - 2.(2) 专题调研(时限7月31日;逾期61天;最近报送7月15日:滞后)').replace('2.\uff082\uff09', '2.(2)'),
        '',
      ].join('\n'),
    );
    // Due within 14 days of 09-30: t4 today, t7 in 10 days (10-10).
    expect(section('五、')).toContain(fw('五、14天内到期任务(9月30日至10月14日)'));
    expect(section('五、')).toContain(fw('举办论坛(时限9月30日;今天到期;牵头:宣传条线;最近报送9月20日:滞后,60%)'));
    expect(section('五、')).toContain(fw('整改问题清单(时限10月10日;还剩10天;牵头:纪检条线;从未报送)'));
    expect(section('五、').indexOf('举办论坛')).toBeLessThan(section('五、').indexOf('整改问题清单'));
    // t2: due 05-18, done 05-28.
    expect(section('六、')).toContain(fw('印发宣传材料(时限5月18日;5月28日完成,逾期10天;牵头:宣传条线)'));
    // t3 silent since it started on 05-01 (152 days), t5 since its report of 07-15 (77 days); m1 (29 days) is not listed.
    expect(section('七、')).toContain(fw('开展自查(牵头:纪检条线;从未报送,任务开始已152天)'));
    expect(section('七、')).toContain(fw('专题调研(牵头:党政办、纪检条线;最近报送7月15日:滞后;已77天未报送)'));
    expect(section('七、')).not.toContain('加强组织领导');
  });

  it('gives the same facts in JSON, with stable English field names and ISO dates', async () => {
    const data = await json([ALPHA, '--as-of', '2018-09-30']);
    expect(data.version).toBe(1);
    expect(data.asOf).toBe('2018-09-30');
    expect(data.totals).toEqual({ total: 10, done: 2, onTrack: 3, behind: 1, overdue: 2, paused: 1, cancelled: 1, silent: 2, doneLate: 1 });
    expect(data.phases.map((p: { phase: string | null; kind: string }) => [p.phase, p.kind])).toEqual([['p1', 'phase'], ['p2', 'phase'], ['p3', 'phase'], [null, 'measures']]);
    expect(data.units.map((u: { name: string; counts: { total: number } }) => [u.name, u.counts.total])).toEqual([['党政办', 4], ['宣传条线', 4], ['纪检条线', 3]]);
    expect(data.overdue.map((u: { unit: string; tasks: { id: string; daysOverdue: number }[] }) => [u.unit, u.tasks.map((x) => [x.id, x.daysOverdue])])).toEqual([
      ['党政办', [['t5', 61]]],
      ['纪检条线', [['t3', 122], ['t5', 61]]],
    ]);
    expect(data.dueSoon.map((x: { id: string; dueIn: number }) => [x.id, x.dueIn])).toEqual([['t4', 0], ['t7', 10]]);
    expect(data.finishedLate.map((x: { id: string; finished: string; daysLate: number }) => [x.id, x.finished, x.daysLate])).toEqual([['t2', '2018-05-28', 10]]);
    expect(data.silent.map((x: { id: string; silentDays: number }) => [x.id, x.silentDays])).toEqual([['t3', 152], ['t5', 77]]);
    const t4 = data.tasks.find((x: { id: string }) => x.id === 't4');
    expect(t4).toMatchObject({ plan: 'alpha-2018', number: '2.1', standing: 'behind', due: '2018-09-30', lastReport: { date: '2018-09-20', state: 'behind', percent: 60, note: '场地未落实' } });
    expect(data.tasks.find((x: { id: string }) => x.id === 't3').lastReport).toBeNull();
    expect(data.tasks).toHaveLength(10);
  });

  it('writes Markdown tables and lists, and English under --lang en', async () => {
    const md = (await report([ALPHA, '--as-of', '2018-09-30', '--format', 'md'])).out;
    expect(md.split('\n')[0]).toBe('# 甲街道大讨论活动实施方案');
    expect(md).toContain('| 阶段 | 任务数 | 已完成 | 正常推进 | 滞后 | 逾期未完成 | 暂缓 | 取消 | 超过30天未报送 |');
    expect(md).toContain('| 宣传发动 | 3 | 2 | 0 | 0 | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| **合计** | **10** | **2** | **3** | **1** | **2** | **1** | **1** | **2** |');
    expect(md).toContain(fw('### 纪检条线(2项)'));
    const en = (await report([ALPHA, '--as-of', '2018-09-30', '--format', 'md', '--lang', 'en'])).out;
    expect(en).toContain('**Progress report, as of 30 Sep 2018**');
    expect(en).toContain('| Phase | Tasks | Done | On track | Behind | Overdue | Paused | Cancelled | No report in 30 days |');
    expect(en).toContain('Of 10 tasks, 2 done, 3 on track, 1 behind, 2 overdue, 1 paused, 1 cancelled.');
    expect(en).toMatch(/- 1\\?\.3 开展自查 \(due 31 May; 122 days overdue; never reported\)/);
    const terminal = (await report([ALPHA, '--as-of', '2018-09-30', '--lang', 'en', '--width', '120'])).out;
    expect(terminal).toContain('5. Falling due in the next 14 days (30 Sep to 14 Oct)');
    expect(terminal).toContain('- 1.2 印发宣传材料 (due 18 May; finished 28 May, 10 days late; lead: 宣传条线)');
  });

  it('counts nothing done before the first report: --as-of before every entry', async () => {
    // 2018-05-01: no entry yet (the first is 05-16); nothing is past its deadline; m1 and m2 started
    // on 01-01 with no report: 120 days silent; t1–t3 start that day (0 days).
    const data = await json([ALPHA, '--as-of', '2018-05-01']);
    expect(data.totals).toEqual({ total: 10, done: 0, onTrack: 10, behind: 0, overdue: 0, paused: 0, cancelled: 0, silent: 2, doneLate: 0 });
    expect(data.silent.map((x: { id: string; silentDays: number }) => [x.id, x.silentDays])).toEqual([['m1', 120], ['m2', 120]]);
    // t2 is due 05-18, 17 days away: beyond the 14-day horizon, within --horizon 20.
    expect(data.dueSoon).toEqual([]);
    expect((await json([ALPHA, '--as-of', '2018-05-01', '--horizon', '20'])).dueSoon.map((x: { id: string }) => x.id)).toEqual(['t2']);
    const { out } = await report([ALPHA, '--as-of', '2018年5月1日']);
    expect(out).toContain(fw('工作进展通报(截至2018年5月1日)'));
    expect(out).toContain(fw('四、逾期未完成任务\n无。'));
  });
});

describe('plan report on several plans', () => {
  // beta (no progress) on 2018-09-30: b1 宣传科 due 09-14 -> overdue 16 days; b2 党政条线 due 09-30 ->
  // on track, due today (started 09-01: 29 days silent, not > 30); b3 组织条线 starts 11-01 -> on track.
  // Units: beta's 宣传科 has the alias 宣传条线 (alpha's name) and beta's 党政条线 is an alias of
  // alpha's 党政办, so they share alpha's rows; 组织条线 is a row of its own, after alpha's units.
  it('matches units by name and alias across plans and labels each item with its plan', async () => {
    const data = await json([ALPHA, BETA, '--as-of', '2018-09-30']);
    expect(data.plans.map((p: { id: string }) => p.id)).toEqual(['alpha-2018', 'beta-2018']);
    expect(data.totals).toEqual({ total: 13, done: 2, onTrack: 5, behind: 1, overdue: 3, paused: 1, cancelled: 1, silent: 2, doneLate: 1 });
    expect(data.units.map((u: { name: string; counts: { total: number; overdue: number; onTrack: number } }) => [u.name, u.counts.total, u.counts.overdue, u.counts.onTrack])).toEqual([
      ['党政办', 5, 1, 3], // t1 t5 t8 m1 + b2
      ['宣传条线', 5, 1, 0], // t2 t4 t6 m2 + b1
      ['纪检条线', 3, 2, 1],
      ['组织条线', 1, 0, 1], // b3
    ]);
    expect(data.overdue.find((u: { unit: string }) => u.unit === '宣传条线').tasks.map((x: { plan: string; id: string; daysOverdue: number }) => [x.plan, x.id, x.daysOverdue])).toEqual([['beta-2018', 'b1', 16]]);
    expect(data.dueSoon.map((x: { plan: string; id: string }) => `${x.plan}/${x.id}`)).toEqual(['alpha-2018/t4', 'beta-2018/b2', 'alpha-2018/t7']);
    const { out } = await report([ALPHA, BETA, '--as-of', '2018-09-30', '--width', '200']);
    expect(out.split('\n').slice(0, 3)).toEqual(['甲街道大讨论活动实施方案', '乙街道作风建设实施方案', fw('工作进展通报(截至2018年9月30日)')]);
    expect(out).toContain('【乙街道作风建设实施方案】1.(1) 制定细则');
    // Several plans: each plan's phases under its title.
    const phases = out.slice(out.indexOf('二、'), out.indexOf('三、'));
    expect(phases.indexOf('\n甲街道大讨论活动实施方案\n')).toBeLessThan(phases.indexOf('\n宣传发动 '));
    expect(phases.indexOf('\n乙街道作风建设实施方案\n')).toBeGreaterThan(phases.indexOf('\n组织保障措施 '));
    expect(counts(phases, '部署')).toEqual([2, 0, 1, 0, 1, 0, 0, 0]); // b1 overdue, b2 on track
    expect(counts(phases, '落实')).toEqual([1, 0, 1, 0, 0, 0, 0, 0]); // b3
  });

  it('takes globs, and a progress file among the plans goes with its plan', async () => {
    const globbed = await json(['test/fixtures/report/*.yaml', '--as-of', '2018-09-30']);
    expect(globbed.plans.map((p: { id: string }) => p.id)).toEqual(['alpha-2018', 'beta-2018']);
    expect(globbed.totals.done).toBe(2);
    // Naming only the progress file reports on the plan beside it.
    expect((await json(['test/fixtures/report/alpha.progress.yaml', '--as-of', '2018-09-30'])).totals.done).toBe(2);
    const twice = await json([`./${ALPHA}`, 'test/fixtures/report/alpha.progress.yaml', '--as-of', '2018-09-30']);
    expect(twice.plans).toHaveLength(1);
    expect(twice.totals.done).toBe(2);
    // Without its progress every task of alpha is unreported: t1 and t2 are then overdue too.
    expect((await json([ALPHA, '--no-progress', '--as-of', '2018-09-30'])).totals).toMatchObject({ done: 0, overdue: 5 });
    const several = await report([ALPHA, BETA, '--progress', 'test/fixtures/report/alpha.progress.yaml', '--as-of', '2018-09-30']);
    expect(several.code).toBe(2);
    expect(several.err).toContain('--progress');
  });
});

describe('plan report: mistakes and defaults', () => {
  it('refuses a day that is not one, in the run’s language', async () => {
    const bad = await report([ALPHA, '--as-of', '2018-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect((await report([ALPHA, '--as-of', 'yesterday', '--lang', 'en'])).err).toBe("plan: --as-of takes a day such as 2018-09-30 or 2018年9月30日, got 'yesterday'\n");
    const format = await report([ALPHA, '--format', 'pdf', '--lang', 'en']);
    expect(format.code).toBe(2);
    expect(format.err).toContain("'pdf'");
    expect((await report([ALPHA, '--stale-days', 'ten', '--lang', 'en'])).err).toBe("plan: --stale-days takes a whole number of days (1 or more), got 'ten'\n");
    const binary = await report([ALPHA, '--as-of', '2018-09-30', '--format', 'docx', '--lang', 'en'], { tty: true });
    expect(binary.code).toBe(2);
    expect(binary.err).toContain('-o FILE');
  });

  it('prints a progress file’s error at its line and column, and no report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-report-'));
    copyFileSync(join(root, ALPHA), join(dir, 'alpha.yaml'));
    writeFileSync(join(dir, 'alpha.progress.yaml'), 'plan: alpha-2018\nentries:\n  - task: t1\n    date: 2018-05-25\n    state: 已完成\n  - task: t9\n    date: 2018-06-01\n    state: 推进中\n');
    const io = memoryIo(dir);
    const code = await run(['report', 'alpha.yaml', '--as-of', '2018-09-30'], io);
    expect(code).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('alpha.progress.yaml:6:11');
    expect(io.err()).toContain('progress-unknown-task');
  });

  it('without --as-of: SOURCE_DATE_EPOCH, else today in the plan’s time zone, said in the heading', async () => {
    // 2018-09-30T17:00Z is 2018-10-01 01:00 in Shanghai, the plan's zone.
    const now = new Date('2018-09-30T17:00:00Z');
    expect((await report([ALPHA], { now })).out).toContain(fw('(截至2018年10月1日)'));
    // 1538323200 = 2018-09-30T16:00:00Z, midnight of 10-01 in Shanghai.
    expect((await report([ALPHA], { env: { SOURCE_DATE_EPOCH: '1538323200' }, now })).out).toContain(fw('(截至2018年10月1日)'));
    expect((await report([ALPHA], { env: { SOURCE_DATE_EPOCH: '1538322000' }, now })).out).toContain(fw('(截至2018年9月30日)'));
    // The same instant is still 09-30 (10:00) in Los Angeles: a plan there is judged on its own day.
    const dir = mkdtempSync(join(tmpdir(), 'plan-report-'));
    writeFileSync(join(dir, 'alpha.yaml'), readFileSync(join(root, ALPHA), 'utf8').replace('timezone: Asia/Shanghai', 'timezone: America/Los_Angeles'));
    const io = { ...memoryIo(dir), now: () => now };
    expect(await run(['report', 'alpha.yaml'], io)).toBe(0);
    expect(io.out()).toContain(fw('(截至2018年9月30日)'));
  });

  it('fits 80 and 120 columns, CJK counting two, and colours only a terminal', async () => {
    for (const width of [80, 120]) {
      for (const lang of ['zh', 'en']) {
        const { out } = await report([ALPHA, BETA, '--as-of', '2018-09-30', '--width', String(width), '--lang', lang]);
        for (const line of out.split('\n')) expect(displayWidth(line), `${width} ${lang}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
    // 80 is the width of a pipe or a file.
    const piped = (await report([ALPHA, '--as-of', '2018-09-30'])).out;
    expect(Math.max(...piped.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
    expect(piped).not.toContain('\u001b[');
    const tty = (await report([ALPHA, '--as-of', '2018-09-30'], { tty: true })).out;
    expect(tty).toMatch(/\u001b\[31m {2}- 1\.\(3\) 开展自查/);
    expect((await report([ALPHA, '--as-of', '2018-09-30'], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('writes -o FILE (the same bytes as standard output), and the same bytes in any time zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const bin = join(root, 'bin', 'plan.js');
    const runIn = (tz: string, format: string, extra: string[] = []) =>
      execFileSync(process.execPath, [bin, 'report', ALPHA, BETA, '--format', format, ...extra], { cwd: root, env: { ...process.env, TZ: tz, SOURCE_DATE_EPOCH: '1538300000' }, encoding: 'utf8' });
    for (const format of ['json', 'md']) {
      const shanghai = runIn('Asia/Shanghai', format);
      expect(runIn('America/Los_Angeles', format)).toBe(shanghai);
      const file = join(dir, `report.${format}`);
      runIn('UTC', format, ['-o', file]);
      expect(readFileSync(file, 'utf8')).toBe(shanghai);
    }
  });
});
