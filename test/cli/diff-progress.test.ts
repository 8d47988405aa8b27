import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { ProgressDiff } from '../../src/diff/progress-diff.js';
import { memoryIo } from '../helpers/memory-io.js';

// test/fixtures/progress-diff: a plan, its progress file as sent with the last report, and as it is now.
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-progress-'));
  cpSync(new URL('../fixtures/progress-diff/', import.meta.url), dir, { recursive: true });
  return dir;
}

async function diff(dir: string, args: readonly string[], env: Record<string, string> = {}, now?: Date) {
  const io = { ...memoryIo(dir, { env }), ...(now ? { now: () => now } : {}) };
  const code = await run(['diff', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const brief = (d: ProgressDiff) => ({
  since: d.since,
  asOf: d.asOf,
  changed: d.changed.map((c) => `${c.task.id}: ${c.from ? `${c.from.state}@${c.from.date}` : '-'} → ${c.to.state}@${c.to.date}`),
  newlyDone: d.newlyDone.map((x) => `${x.task.id}@${x.finished}+${x.daysLate ?? 0}`),
  newlyOverdue: d.newlyOverdue.map((x) => `${x.task.id}+${x.daysOverdue}`),
  notes: d.notes.map((n) => `${n.task.id}@${n.date} ${n.unit}: ${n.note}`),
  unreported: d.unreported.map((u) => u.task.id),
});

const expected = {
  since: '2018-05-12',
  asOf: '2018-07-20',
  changed: ['convene: in-progress@2018-05-10 → done@2018-06-20', 'forums: - → in-progress@2018-07-10'],
  newlyDone: ['convene@2018-06-20+20'],
  newlyOverdue: ['report+63'],
  notes: ['convene@2018-06-20 党政条线: 6月20日召开动员会议。', 'forums@2018-07-10 宣传条线: 第一期论坛已办 | 第二期筹备中'],
  unreported: ['guarantee'],
};

describe('plan diff of two progress states', () => {
  it('--progress OLD NEW PLAN: what changed since the last report (the earlier day is OLD’s last report)', async () => {
    const dir = workspace();
    const { code, out } = await diff(dir, ['--progress', 'plan.progress-sent.yaml', 'plan.progress.yaml', 'plan.yaml', '--as-of', '2018-07-20', '-f', 'json']);
    expect(code).toBe(0);
    expect(brief(JSON.parse(out) as ProgressDiff)).toEqual(expected);
    // The plan may be left out when NEW sits beside it by name.
    const beside = await diff(dir, ['--progress', 'plan.progress-sent.yaml', 'plan.progress.yaml', '--as-of', '2018-07-20', '-f', 'json']);
    expect(beside.out).toBe(out);
  });

  it('compares folders of one file per unit (a copy kept with the last report, and the folder now)', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'sent'));
    mkdirSync(join(dir, 'plan.progress'));
    const lines = readFileSync(join(dir, 'plan.progress.yaml'), 'utf8').split('\n').filter((l) => l.startsWith('  - '));
    const file = (entries: string[]) => ['plan: progress-rules', 'entries:', ...entries, ''].join('\n');
    writeFileSync(join(dir, 'sent/dangzheng.yaml'), file(lines.slice(0, 1)));
    writeFileSync(join(dir, 'sent/zuzhi.yaml'), file(lines.slice(1, 2)));
    writeFileSync(join(dir, 'plan.progress/dangzheng.yaml'), file([lines[0]!, lines[3]!]));
    writeFileSync(join(dir, 'plan.progress/xuanchuan.yaml'), file([lines[2]!, lines[4]!]));
    writeFileSync(join(dir, 'plan.progress/zuzhi.yaml'), file(lines.slice(1, 2)));
    rmSync(join(dir, 'plan.progress.yaml'));
    const { code, out } = await diff(dir, ['--progress', 'sent', 'plan.progress', 'plan.yaml', '--as-of', '2018-07-20', '-f', 'json']);
    expect(code).toBe(0);
    expect(brief(JSON.parse(out) as ProgressDiff)).toEqual(expected);
  });

  it('PLAN --since DAY: one log as of two days gives the same answer', async () => {
    const dir = workspace();
    const { code, out } = await diff(dir, ['plan.yaml', '--since', '2018-05-12', '--as-of', '2018-07-20', '-f', 'json']);
    expect(code).toBe(0);
    expect(brief(JSON.parse(out) as ProgressDiff)).toEqual(expected);
    // Only what happened in between: by 2018-06-16 only forums was first reported (not started), report is overdue.
    const early = brief(JSON.parse((await diff(dir, ['plan.yaml', '--since', '2018-05-12', '--as-of', '2018-06-16', '-f', 'json'])).out) as ProgressDiff);
    expect(early).toMatchObject({ changed: ['forums: - → not-started@2018-06-15'], newlyDone: [], newlyOverdue: ['report+29', 'convene+16'], notes: [] });
  });

  it('reads as text and as Markdown in English and Chinese', async () => {
    const dir = workspace();
    const text = (await diff(dir, ['plan.yaml', '--since', '2018-05-12', '--as-of', '2018-07-20', '--lang', 'en'])).out;
    expect(text.split('\n').slice(0, 4)).toEqual(['Progress of 进展规则测试方案: 2018-05-12 → 2018-07-20', '', 'States changed', '  convene 召开动员会议  党政条线  in progress (2018-05-10)  done (2018-06-20)']);
    expect(text).toContain('Newly overdue\n  report 报送工作方案  组织条线  2018-05-18  63 day(s)\n');
    expect(text).toContain('  forums 举办论坛  宣传条线  not reported  in progress (2018-07-10)');
    const md = (await diff(dir, ['plan.yaml', '--since', '2018-05-12', '--as-of', '2018-07-20', '--lang', 'zh', '-f', 'md'])).out;
    expect(md).toContain('## 进展规则测试方案进展变化:2018-05-12 → 2018-07-20');
    expect(md).toContain('### 新完成的任务\n\n| 任务 | 牵头单位 | 完成日期 | 完成时限 |\n| --- | --- | --- | --- |\n| convene 召开动员会议 | 党政条线 | 2018-06-20,逾期 20 天 | 2018-05-31 |');
    // A pipe in a note must not break the table.
    expect(md).toContain('| 第一期论坛已办 \\| 第二期筹备中 |');
    expect(md).toContain('### 已开始但仍未报送的任务');
    const none = (await diff(dir, ['plan.yaml', '--since', '2018-07-20', '--as-of', '2018-07-20', '--lang', 'en'])).out;
    expect(none).toContain('Started but still never reported');
    expect(none).not.toContain('States changed');
  });

  it('takes the later day from SOURCE_DATE_EPOCH, else today', async () => {
    const dir = workspace();
    const epoch = String(Date.UTC(2018, 6, 19, 20) / 1000); // 2018-07-20 in Beijing
    const byEpoch = JSON.parse((await diff(dir, ['plan.yaml', '--since', '2018-05-12', '-f', 'json'], { SOURCE_DATE_EPOCH: epoch })).out) as ProgressDiff;
    expect(byEpoch.asOf).toBe('2018-07-20');
    const byClock = JSON.parse((await diff(dir, ['plan.yaml', '--since', '2018-05-12', '-f', 'json'], {}, new Date(Date.UTC(2018, 6, 20, 3)))).out) as ProgressDiff;
    expect(byClock.asOf).toBe('2018-07-20');
  });

  it('says what is wrong, in the user’s language, without comparing', async () => {
    const dir = workspace();
    const usage = [
      [['plan.yaml', '--since', '2018-07-21', '--as-of', '2018-07-20'], /The earlier day 2018-07-21 is after the later day 2018-07-20/],
      [['plan.yaml', '--since', 'yesterday'], /--since 'yesterday' is not a day/],
      [['plan.yaml', 'plan.progress.yaml', '--since', '2018-05-12'], /takes one plan/],
      [['--progress', 'plan.progress-sent.yaml'], /plan diff --progress takes the earlier progress file/],
      [['plan.yaml'], /plan diff compares two revisions: give OLD and NEW/],
    ] as const;
    for (const [args, message] of usage) {
      const { code, err } = await diff(dir, [...args, '--lang', 'en']);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
    }
    writeFileSync(join(dir, 'broken.progress.yaml'), 'plan: progress-rules\nentries:\n  - { task: forum, date: 2018-06-01, state: 推进中 }\n');
    const broken = await diff(dir, ['--progress', 'plan.progress-sent.yaml', 'broken.progress.yaml', 'plan.yaml', '--as-of', '2018-07-20', '--lang', 'zh']);
    expect(broken.code).toBe(1);
    expect(broken.out).toBe('');
    expect(broken.err).toContain('broken.progress.yaml:3:13');
    expect(broken.err).toContain('方案里没有编号为“forum”的任务');
    expect(broken.err).toContain('未比较:方案或进展文件有错误(见上)。');
  });

  it('leaves the revision diff as it was', async () => {
    const dir = workspace();
    const { code, out } = await diff(dir, ['plan.yaml', 'plan.yaml', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('No changes to phases, tasks, deadlines or owners.');
  });
});
