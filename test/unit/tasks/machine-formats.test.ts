import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tasksCommand } from '../../../src/cli/commands/tasks.js';
import { RECORD_FIELDS } from '../../../src/tasks/machine.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { xietangPlan } from '../emit/summary/xietang.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PLAN = 'plans/xietang-2018.yaml';

async function run(format: string, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<string> {
  const io = memoryIo(root, { tty: true, env });
  expect(await tasksCommand(PLAN, { today: '2018-12-15', format, width: '40', progress: false, ...extra }, io)).toBe(0);
  return io.out();
}

const plan = xietangPlan();
const allTasks = [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];
const allEvents = allTasks.flatMap((t) => t.occurrences.map((o) => ({ task: t.id, id: o.id, date: o.date })));

describe('plan tasks for scripts', () => {
  it('writes tsv: a header of English field names, one line a task, measure or event, never wrapped', async () => {
    for (const env of [{}, { LANG: 'zh_CN.UTF-8' }]) {
      const lines = (await run('tsv', {}, env)).split('\n');
      expect(lines.pop()).toBe('');
      const [header, ...body] = lines.map((l) => l.split('\t'));
      expect(header).toEqual([...RECORD_FIELDS]);
      for (const row of body) expect(row).toHaveLength(RECORD_FIELDS.length);
      const records = body.map((row) => Object.fromEntries(RECORD_FIELDS.map((f, i) => [f, row[i]!])));
      const tasks = records.filter((r) => r.kind !== 'event');
      expect(tasks.map((r) => r.id).sort()).toEqual(allTasks.map((t) => t.id).sort());
      for (const t of allTasks) expect(tasks.find((r) => r.id === t.id)).toMatchObject({ title: t.title, due: t.due, kind: t.kind, lead: t.lead.join(',') });
      const events = records.filter((r) => r.kind === 'event');
      expect(events.map((r) => ({ task: r.task, id: r.id, date: r.date }))).toEqual(allEvents);
      expect(events[0]).toMatchObject({ time: '09:00-12:00', approx: 'false', daysLeft: '3', status: 'upcoming' });
      expect(events[1]).toMatchObject({ time: '', approx: 'true', daysLeft: '5' });
      expect(records.find((r) => r.id === 'convene-working-meeting')).toMatchObject({ daysLeft: '-198', status: 'overdue', phase: '强化宣传发动,形成广泛思想共识' });
      expect(records.find((r) => r.id === 'party-leadership')).toMatchObject({ daysLeft: '', status: 'ongoing', phase: '' });
    }
  });

  it('writes csv with the same fields, quoted per RFC 4180, numbers left as numbers', async () => {
    const csv = await run('csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(RECORD_FIELDS.join(','));
    expect(lines).toHaveLength(1 + allTasks.length + allEvents.length + 1);
    expect(csv).toContain('"召开街道党工委中心组学习会,对开展大讨论活动进行动员部署"');
    expect(csv).toMatch(/,-198,overdue\r\n/);
  });

  it('writes json: every task with its events, the same field names under --lang zh and en', async () => {
    const zh = JSON.parse(await run('json', { lang: 'zh' })) as Record<string, unknown>[];
    const en = JSON.parse(await run('json', { lang: 'en' })) as Record<string, unknown>[];
    expect(zh.map((r) => Object.keys(r))).toEqual(en.map((r) => Object.keys(r)));
    expect(zh.map((r) => r.id).sort()).toEqual(allTasks.map((t) => t.id).sort());
    expect(Object.keys(zh[0]!)).toEqual(['kind', 'id', 'number', 'title', 'phase', 'lead', 'support', 'start', 'end', 'due', 'daysLeft', 'status', 'events', 'sessions', 'repeat']);
    const watch = zh.find((r) => r.id === 'watch-celebrations')!;
    expect(watch.events).toEqual([
      { id: 'national-meeting', title: '庆祝改革开放40周年大会', date: '2018-12-18', time: { start: '09:00', end: '12:00' }, approx: false, daysLeft: 3, status: 'upcoming' },
      { id: 'provincial-symposium', title: '省委、省政府召开庆祝改革开放40周年座谈会', date: '2018-12-20', time: null, approx: true, daysLeft: 5, status: 'upcoming' },
    ]);
    expect(zh.find((r) => r.id === 'forums')).toMatchObject({ sessions: 3, events: [], repeat: null });
    expect(JSON.parse(await run('json', { unit: 'xuanchuan' }))[0]).toMatchObject({ role: 'lead' });
  });
});
