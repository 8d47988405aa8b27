import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { renderCalendar } from '../../../src/emit/ics/render-calendar.js';
import type { ResolvedPlan } from '../../../src/model/plan.js';
import { objectFileName } from '../../../src/emit/ics/object-name.js';
import { unfold } from '../../../src/emit/ics/fold.js';
import { byUid, parseIcs, type ParsedComponent } from '../../helpers/ics-parse.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { samplePlan } from '../../helpers/sample-plan.js';
import { GENERATED_AT } from './ics/fixtures.js';

/** A scratch folder holding both revisions (test/fixtures/calendar-revisions), as a user's folder would. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-revisions-'));
  cpSync(new URL('../../fixtures/calendar-revisions/', import.meta.url), dir, { recursive: true });
  return dir;
}

async function plan(dir: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const io = memoryIo(dir, { env });
  const code = await run(args, io);
  if (code !== 0) throw new Error(`plan ${args.join(' ')} → ${code}: ${io.err()}`);
  return io.out();
}

const read = (file: string): Map<string, ParsedComponent> => byUid(parseIcs(readFileSync(file, 'utf8')));

describe('plan ics --split DIR', () => {
  it('writes one object per UID, each with that UID only, no METHOD, and a VTIMEZONE exactly when timed', async () => {
    const dir = workspace();
    await plan(dir, ['ics', 'rev1.yaml', '--split', 'objects']);
    const whole = parseIcs(await plan(dir, ['ics', 'rev1.yaml']));
    const files = readdirSync(join(dir, 'objects')).filter((f) => f.endsWith('.ics')).sort();
    expect(files).toEqual(whole.components.map((c) => objectFileName(c.uid)).sort());
    for (const file of files) {
      const text = readFileSync(join(dir, 'objects', file), 'utf8');
      const object = parseIcs(text);
      expect(new Set(object.components.map((c) => c.uid)).size).toBe(1);
      expect(objectFileName(object.components[0]!.uid)).toBe(file);
      expect(object.props['method']).toBeUndefined();
      const timed = /^DTSTART;TZID=/m.test(unfold(text));
      expect(object.timezones).toEqual(timed ? ['Asia/Shanghai'] : []);
    }
    // The meeting at 9:00 is the timed one: the check above saw both kinds.
    expect(readFileSync(join(dir, 'objects', 'meeting.at.at@rev-demo.ics'), 'utf8')).toContain('BEGIN:VTIMEZONE');
    // The whole calendar is still a published feed.
    expect(whole.props['method']).toBe('PUBLISH');
  });

  it('--unit still selects', async () => {
    const dir = workspace();
    await plan(dir, ['ics', 'rev1.yaml', '--split', 'objects', '--unit', '丙条线']);
    expect(readdirSync(join(dir, 'objects')).filter((f) => f.endsWith('.ics'))).toEqual(['old-task.window@rev-demo.ics']);
  });

  it('refuses -o together with --split', async () => {
    const io = memoryIo(workspace());
    expect(await run(['ics', 'rev1.yaml', '--split', 'objects', '-o', 'x.ics'], io)).not.toBe(0);
  });
});

describe('object file names', () => {
  it('keep the characters plan UIDs use, escape every other byte, and never collide', () => {
    expect(objectFileName('forums.at.session-2018-05-15@rev-demo')).toBe('forums.at.session-2018-05-15@rev-demo.ics');
    expect(objectFileName('a/b c~d')).toBe('a~2Fb~20c~7Ed.ics');
    expect(objectFileName('.hidden')).toBe('~2Ehidden.ics');
    expect(objectFileName('会')).toBe('~E4~BC~9A.ics');
    expect(objectFileName('a~2F')).not.toBe(objectFileName('a/'));
  });
});

describe('plan build --base OLD: revisions reach every calendar', () => {
  async function built() {
    const dir = workspace();
    await plan(dir, ['build', 'rev1.yaml', '-o', 'r1']);
    await plan(dir, ['build', 'rev2.yaml', '--base', 'rev1.yaml', '-o', 'r2']);
    await plan(dir, ['build', 'rev2.yaml', '-o', 'r2-alone']);
    return { dir, before: read(join(dir, 'r1/calendars/all.ics')), after: read(join(dir, 'r2/calendars/all.ics')) };
  }

  it('keeps SEQUENCE of unchanged events and raises it for changed ones', async () => {
    const { before, after } = await built();
    for (const c of before.values()) expect(c.sequence).toBe(1);
    expect(after.get('study.window@rev-demo')?.sequence).toBe(1); // unchanged
    expect(after.get('forums.window@rev-demo')?.sequence).toBe(1); // unchanged
    expect(after.get('meeting.at.at@rev-demo')?.sequence).toBe(2); // title changed
    expect(after.get('report.due@rev-demo')?.sequence).toBe(2); // deadline moved
    expect(after.get('report.due@rev-demo')?.dtstart).toBe('2018-05-25');
    expect(after.get('new-task.window@rev-demo')?.sequence).toBe(2); // new
  });

  it('without --base, every event carries the revision, as before', async () => {
    const { dir } = await built();
    for (const c of read(join(dir, 'r2-alone/calendars/all.ics')).values()) expect(c.sequence).toBe(2);
  });

  it('writes removed events as CANCELLED with a higher SEQUENCE and a prefix, without reminders', async () => {
    const dir = workspace();
    await plan(dir, ['build', 'rev2.yaml', '--base', 'rev1.yaml', '--alarm', '2', '-o', 'r2']);
    const after = read(join(dir, 'r2/calendars/all.ics'));
    for (const uid of ['old-task.window@rev-demo', 'shift.window@rev-demo']) {
      const c = after.get(uid);
      expect(c?.status).toBe('CANCELLED');
      expect(c?.sequence).toBe(2);
      expect(c?.summary.startsWith('已取消：')).toBe(true);
      expect(c?.triggers).toEqual([]);
    }
    // The deadline that replaced shift's window is a live event of its own.
    expect(after.get('shift.due@rev-demo')?.status).toBe('CONFIRMED');
    // Every live deadline keeps its reminder: the cancelled ones lost theirs for being cancelled.
    const deadlines = [...after.values()].filter((c) => c.status !== 'CANCELLED' && c.uid.includes('.due@'));
    expect(deadlines.length).toBeGreaterThan(0);
    for (const c of deadlines) expect(c.triggers.length).toBe(1);
  });

  it('puts a cancellation in every unit calendar that held the event, even a unit the revision dropped', async () => {
    const { dir } = await built();
    const files = readdirSync(join(dir, 'r2/calendars')).sort();
    expect(files).toEqual(['a.ics', 'all.ics', 'b.ics', 'c.ics']);
    const c = read(join(dir, 'r2/calendars/c.ics'));
    expect([...c.keys()]).toEqual(['old-task.window@rev-demo']);
    expect(c.get('old-task.window@rev-demo')?.status).toBe('CANCELLED');
    // 乙条线 supported old-task and led shift's window.
    const b = read(join(dir, 'r2/calendars/b.ics'));
    expect(b.get('old-task.window@rev-demo')?.status).toBe('CANCELLED');
    expect(b.get('shift.window@rev-demo')?.status).toBe('CANCELLED');
    // 甲条线 held neither.
    const a = read(join(dir, 'r2/calendars/a.ics'));
    expect([...a.values()].filter((e) => e.status === 'CANCELLED')).toEqual([]);
  });

  it('words the prefix in the plan\'s language', async () => {
    const dir = workspace();
    const english = (file: string) => readFileSync(join(dir, file), 'utf8').replace('locale: zh-CN', 'locale: en');
    writeFileSync(join(dir, 'en1.yaml'), english('rev1.yaml'));
    writeFileSync(join(dir, 'en2.yaml'), english('rev2.yaml'));
    const after = byUid(parseIcs(await plan(dir, ['ics', 'en2.yaml', '--base', 'en1.yaml'])));
    expect(after.get('old-task.window@rev-demo')?.summary).toBe('Cancelled: 将被删除的任务');
  });

  it('is the same through plan ics --base', async () => {
    const { dir } = await built();
    const viaIcs = await plan(dir, ['ics', 'rev2.yaml', '--base', 'rev1.yaml']);
    expect(viaIcs).toBe(readFileSync(join(dir, 'r2/calendars/all.ics'), 'utf8'));
  });
});

describe('DTSTAMP moves with the revision, reproducibly', () => {
  it('is the issue date plus (revision − 1) seconds, and SOURCE_DATE_EPOCH wins', async () => {
    const dir = workspace();
    const stamp = (text: string) => /^DTSTAMP:(\S+)$/m.exec(text)?.[1];
    expect(stamp(await plan(dir, ['ics', 'rev1.yaml']))).toBe('20180502T000000Z');
    expect(stamp(await plan(dir, ['ics', 'rev2.yaml']))).toBe('20180502T000001Z');
    expect(stamp(await plan(dir, ['ics', 'rev2.yaml'], { SOURCE_DATE_EPOCH: '1527811200' }))).toBe('20180601T000000Z');
  });
});

describe('dated sessions', () => {
  it('keep their UIDs when a session is inserted before them', async () => {
    const dir = workspace();
    const uids = async (file: string) => [...byUid(parseIcs(await plan(dir, ['ics', file]))).keys()].filter((u) => u.startsWith('forums.at.'));
    expect(await uids('rev1.yaml')).toEqual(['forums.at.session-2018-05-15@rev-demo', 'forums.at.session-2018-06-15@rev-demo']);
    expect(await uids('rev2.yaml')).toEqual(['forums.at.session-2018-05-08@rev-demo', 'forums.at.session-2018-05-15@rev-demo', 'forums.at.session-2018-06-15@rev-demo']);
  });
});

describe('SEQUENCE against a base, with revisions that skip or stand still', () => {
  const sequences = (plan: ResolvedPlan, base: ResolvedPlan) => new Map([...byUid(parseIcs(renderCalendar(plan, { generatedAt: GENERATED_AT, base }))).values()].map((c) => [c.uid, c.sequence]));
  const retitled = (plan: ResolvedPlan, revision: number): ResolvedPlan => ({
    ...plan,
    revision,
    phases: plan.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 'report' ? { ...t, title: '报送修订后的工作方案' } : t)) })),
  });

  it('a changed event takes the revision when it is higher than the old SEQUENCE + 1; an unchanged one keeps the old', () => {
    const seq = sequences(retitled(samplePlan(), 5), samplePlan());
    expect(seq.get('report.due@sample-2018')).toBe(5);
    expect(seq.get('convene.window@sample-2018')).toBe(1);
  });

  it('a changed event still goes up when the revision was not bumped', () => {
    const base = { ...samplePlan(), revision: 3 };
    const seq = sequences(retitled(samplePlan(), 3), base);
    expect(seq.get('report.due@sample-2018')).toBe(4);
    expect(seq.get('convene.window@sample-2018')).toBe(3);
  });
});
