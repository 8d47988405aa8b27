import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { byUidOnce, hasIcalendar, readIcs } from '../helpers/read-ics.js';

// The worked example built together: plans/xietang-2018.yaml with its progress folder and
// plans/2018-jiedao-wenming-shequ.yaml with its progress file, as `plan build A B`. Each plan's
// reported states must reach the combined calendars and lists as they reach its own build; the
// calendars are read by Python's icalendar, not by our code.

const root = fileURLToPath(new URL('../..', import.meta.url));
const XIETANG = 'plans/xietang-2018.yaml';
const JIEDAO = 'plans/2018-jiedao-wenming-shequ.yaml';

async function build(args: readonly string[]): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'plan-several-progress-')), 'out');
  const io = memoryIo(root, {});
  expect(await run(['build', ...args, '-o', out], io), io.err()).toBe(0);
  return out;
}
const ics = (dir: string, file: string) => byUidOnce(readIcs(readFileSync(join(dir, file), 'utf8')));

describe.skipIf(!hasIcalendar && !process.env.CI)('two plans with their progress, built together', () => {
  let both = '';
  let alone = '';
  let second = '';
  beforeAll(async () => {
    [both, alone, second] = await Promise.all([build([XIETANG, JIEDAO]), build([XIETANG]), build([JIEDAO])]);
  });

  it('marks every event of both plans in all.ics as each plan’s own build marks it', () => {
    const combined = ics(both, 'calendars/all.ics');
    const own = new Map([...ics(alone, 'calendars/all.ics'), ...ics(second, 'calendars/all.ics')]);
    expect([...combined.keys()].sort()).toEqual([...own.keys()].sort());
    for (const [uid, event] of combined) {
      const single = own.get(uid)!;
      expect(event.status, uid).toBe(single.status);
      expect(event.sequence, uid).toBe(single.sequence);
      // Same state mark, then the plan's short name before the title.
      const mark = /^【(已完成|已取消|暂缓)】/.exec(single.summary)?.[0] ?? '';
      expect(event.summary.startsWith(mark), `${uid}: ${event.summary}`).toBe(true);
    }
    // From each plan: Xietang's cancelled 书面大讨论, the second plan's finished 东田 service centre.
    const cancelled = [...combined.values()].filter((e) => e.status === 'CANCELLED').map((e) => e.uid);
    expect(cancelled.some((uid) => uid.startsWith('written-discussion.') && uid.endsWith('@xietang-jiefang-sixiang-2018'))).toBe(true);
    expect([...combined.values()].some((e) => e.uid.startsWith('dongtian-service-centre.') && e.summary.startsWith('【已完成】'))).toBe(true);
  });

  it('gives the combined unit lists each plan’s own 进展 cells, told apart by plan even for the same task id', () => {
    const csv = readFileSync(join(both, 'units/xuanchuan.csv'), 'utf8');
    const rows = csv.trim().split(/\r?\n/).map((line) => line.split(','));
    expect(rows[0]!.at(-1)).toBe('进展');
    const cell = (id: string) => rows.find((r) => r.includes(`xietang-jiefang-sixiang-2018/${id}`))?.at(-1);
    expect(cell('leaders-reading-research')).toBe('已完成（10月15日）');
    expect(cell('reform-stories')).toBe('滞后');
    expect(cell('grassroots-showcase')).toBe('未报送');
  });

  it('shows plan tasks across both plans with each plan’s states, and filters them with --state', async () => {
    const tasks = async (...extra: string[]) => {
      const io = memoryIo(root, {});
      expect(await run(['tasks', XIETANG, JIEDAO, '--unit', '宣传条线', '--format', 'tsv', '--today', '2018-12-31', ...extra], io), io.err()).toBe(0);
      const [head, ...rows] = io.out().trim().split('\n').map((line) => line.split('\t'));
      return rows.map((row) => Object.fromEntries(head!.map((key, i) => [key, row[i]!])));
    };
    const all = await tasks();
    expect(all.find((r) => r.title!.endsWith('部署开展班子领导读书调研活动'))?.state).toBe('done');
    expect(all.find((r) => r.title!.endsWith('举办“走基地、看变化、聚力量”活动和百姓名嘴风采展示活动'))?.state).toBe('not-reported');
    const open = await tasks('--state', 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(all.length);
    expect(open.every((r) => r.state !== 'done' && r.state !== 'cancelled')).toBe(true);
  });
});
