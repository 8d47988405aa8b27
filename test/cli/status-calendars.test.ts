import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { radicaleInstalled, startRadicale, type CalDav } from '../helpers/radicale.js';
import { byUidOnce, hasIcalendar, readIcs, type PyComponent } from '../helpers/read-ics.js';

// Calendars that show progress, read back with Python's icalendar and stored on a CalDAV server:
// done tasks marked and completed, cancelled ones CANCELLED, and SEQUENCE (with DTSTAMP) rising
// wherever a report changed what an event shows, so importers update rather than duplicate.

const plan = readFileSync(new URL('../../plans/xietang-2018.yaml', import.meta.url), 'utf8');
const progress = readFileSync(new URL('../fixtures/status/xietang.progress.yaml', import.meta.url), 'utf8');
const ID = '@xietang-jiefang-sixiang-2018';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-status-ics-'));
  writeFileSync(join(dir, 'plan.yaml'), plan);
  return dir;
}

async function ics(dir: string, args: readonly string[] = []): Promise<Map<string, PyComponent>> {
  const io = memoryIo(dir);
  expect(await run(['ics', 'plan.yaml', '--todo', '--alarm', '3', ...args], io), io.err()).toBe(0);
  return byUidOnce(readIcs(io.out()));
}

describe.skipIf(!hasIcalendar)('calendars with progress (read by Python icalendar)', () => {
  const dir = folder();
  let before: Map<string, PyComponent>;
  let after: Map<string, PyComponent>;

  beforeAll(async () => {
    before = await ics(dir);
    // By convention: plan.progress.yaml beside plan.yaml is read without a flag.
    writeFileSync(join(dir, 'plan.progress.yaml'), progress);
    after = await ics(dir);
  });

  it('marks a done task\'s events and completes its to-do, without reminders', () => {
    const window = after.get(`convene-working-meeting.window${ID}`)!;
    expect(window.summary).toBe(`【已完成】${before.get(`convene-working-meeting.window${ID}`)!.summary}`);
    expect(window.status).toBe('CONFIRMED');
    const due = after.get(`convene-working-meeting.due${ID}`)!;
    expect(before.get(`convene-working-meeting.due${ID}`)!.alarms).toBe(1);
    expect(due.alarms).toBe(0);
    const todo = after.get(`convene-working-meeting.todo${ID}`)!;
    expect(todo).toMatchObject({ type: 'VTODO', status: 'COMPLETED', completed: '2018-05-10T00:00:00Z', percent: 100 });
    expect(before.get(`convene-working-meeting.todo${ID}`)).toMatchObject({ status: 'NEEDS-ACTION', completed: null, percent: null });
  });

  it('cancels a cancelled task\'s events, marks a paused one, gives a reported percent', () => {
    for (const kind of ['window', 'due', 'todo']) expect(after.get(`collect-problems.${kind}${ID}`)).toMatchObject({ status: 'CANCELLED', alarms: 0 });
    expect(after.get(`collect-problems.window${ID}`)!.summary.startsWith('【已取消】')).toBe(true);
    expect(after.get(`media-publicity.window${ID}`)).toMatchObject({ status: 'CONFIRMED' });
    expect(after.get(`media-publicity.window${ID}`)!.summary.startsWith('【暂缓】')).toBe(true);
    expect(after.get(`leaders-reading-research.todo${ID}`)).toMatchObject({ status: 'NEEDS-ACTION', percent: 60 });
    // 推进中 changes nothing an event shows: the event stays exactly as it was.
    expect(after.get(`leaders-reading-research.window${ID}`)).toEqual(before.get(`leaders-reading-research.window${ID}`));
  });

  it('raises SEQUENCE and DTSTAMP exactly where progress changed an event, and keeps every UID once', () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, was] of before) {
      const now = after.get(uid)!;
      const changed = now.summary !== was.summary || now.status !== was.status || now.percent !== was.percent;
      if (changed) {
        expect(now.sequence, uid).toBeGreaterThan(was.sequence);
        expect(now.dtstamp! > was.dtstamp!, uid).toBe(true);
      } else {
        expect(now.sequence, uid).toBe(was.sequence);
        expect(now.dtstamp, uid).toBe(was.dtstamp);
      }
    }
    // 推进中 50% then 已完成: the event changed once, the to-do (its percent, then done) twice.
    expect(after.get(`central-group-study.window${ID}`)!.sequence).toBe(before.get(`central-group-study.window${ID}`)!.sequence + 1);
    expect(after.get(`central-group-study.todo${ID}`)!.sequence).toBe(before.get(`central-group-study.todo${ID}`)!.sequence + 2);
  });

  it('a later report raises SEQUENCE again; reopening a done task unmarks it with a higher SEQUENCE still', async () => {
    const more = progress + ['  - task: convene-working-meeting', '    date: 2018-06-20', '    state: 推进中', ''].join('\n');
    writeFileSync(join(dir, 'plan.progress.yaml'), more);
    const reopened = await ics(dir);
    const uid = `convene-working-meeting.window${ID}`;
    expect(reopened.get(uid)!.summary).toBe(before.get(uid)!.summary);
    expect(reopened.get(uid)!.sequence).toBeGreaterThan(after.get(uid)!.sequence);
    expect(reopened.get(uid)!.dtstamp! > after.get(uid)!.dtstamp!).toBe(true);
    writeFileSync(join(dir, 'plan.progress.yaml'), progress);
  });

  it('--as-of shows the states of that day; --no-progress the plan alone; both are the same bytes in any time zone', async () => {
    const early = await ics(dir, ['--as-of', '2018-05-15']);
    expect(early.get(`convene-working-meeting.window${ID}`)!.summary.startsWith('【已完成】')).toBe(true);
    expect(early.get(`collect-problems.window${ID}`)!.status).toBe('CONFIRMED');
    expect(await ics(dir, ['--no-progress'])).toEqual(before);
    const texts = await Promise.all(['UTC', 'Asia/Shanghai', 'America/Los_Angeles'].map(async (tz) => {
      const io = memoryIo(dir, { env: { TZ: tz } });
      await run(['ics', 'plan.yaml', '--todo'], io);
      return io.out();
    }));
    expect(new Set(texts).size).toBe(1);
  });

  it('progress named with --progress (a file elsewhere) counts the same as beside the plan', async () => {
    const other = folder();
    copyFileSync(join(dir, 'plan.progress.yaml'), join(other, 'reports.yaml'));
    expect(await ics(other, ['--progress', 'reports.yaml'])).toEqual(after);
  });

  it('in English (plan build --locale en), the marks are English', async () => {
    const io = memoryIo(dir);
    expect(await run(['build', 'plan.yaml', '-o', 'out-en', '--locale', 'en', '--outputs', 'calendars'], io), io.err()).toBe(0);
    const all = byUidOnce(readIcs(readFileSync(join(dir, 'out-en', 'calendars', 'all.ics'), 'utf8')));
    expect(all.get(`convene-working-meeting.window${ID}`)!.summary.startsWith('[done] ')).toBe(true);
    expect(all.get(`collect-problems.window${ID}`)!.summary.startsWith('[cancelled] ')).toBe(true);
    expect(all.get(`media-publicity.window${ID}`)!.summary.startsWith('[paused] ')).toBe(true);
    // Each unit's own calendar carries the same marks.
    const unit = byUidOnce(readIcs(readFileSync(join(dir, 'out-en', 'calendars', 'dangzuzhi.ics'), 'utf8')));
    expect(unit.get(`collect-problems.window${ID}`)!.status).toBe('CANCELLED');
  });
});

// CI installs Radicale (.ci/run) and must run this; only a developer's machine without it skips.
const skipCalDav = !radicaleInstalled() && !process.env.CI;

/** A small plan (test/fixtures/calendar-revisions/rev1.yaml), so two uploads stay quick on a busy machine. */
const small = readFileSync(new URL('../fixtures/calendar-revisions/rev1.yaml', import.meta.url), 'utf8');
const smallProgress = [
  'plan: rev-demo',
  'entries:',
  '  - { task: report, date: 2018-05-18, state: 已完成 }',
  '  - { task: old-task, date: 2018-05-20, state: 取消 }',
  '  - { task: study, date: 2018-06-02, state: 推进中, percent: 20 }',
  '',
].join('\n');

describe.skipIf(skipCalDav || !hasIcalendar)('progress reaches a CalDAV calendar (Radicale)', () => {
  let server: CalDav;
  const dir = mkdtempSync(join(tmpdir(), 'plan-status-caldav-'));
  writeFileSync(join(dir, 'plan.yaml'), small);

  async function upload(folderName: string): Promise<void> {
    const io = memoryIo(dir);
    expect(await run(['ics', 'plan.yaml', '--todo', '--split', folderName], io), io.err()).toBe(0);
    for (const file of readdirSync(join(dir, folderName)).filter((f) => f.endsWith('.ics'))) {
      const { status, text } = await server.put('plan', file, readFileSync(join(dir, folderName, file), 'utf8'));
      expect(status, `${file}: ${text}`).toBeLessThan(300);
    }
  }

  /** What a client downloads: every stored object's components by UID; fails on a UID stored twice. */
  async function stored(): Promise<Map<string, PyComponent>> {
    const all: PyComponent[] = [];
    for (const data of (await server.objects('plan')).values()) all.push(...readIcs(data));
    return byUidOnce(all);
  }

  beforeAll(async () => {
    server = await startRadicale();
    await server.makeCalendar('plan');
  }, 30_000);
  afterAll(async () => server?.stop());

  it('stores the plan, then the same calendar after the reports as updates of the same objects', async () => {
    await upload('before');
    const before = await stored();
    writeFileSync(join(dir, 'plan.progress.yaml'), smallProgress);
    await upload('after');
    const after = await stored();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(after.get('old-task.window@rev-demo')).toMatchObject({ status: 'CANCELLED' });
    expect(after.get('report.due@rev-demo')!.summary.startsWith('【已完成】')).toBe(true);
    expect(after.get('report.todo@rev-demo')).toMatchObject({ status: 'COMPLETED', percent: 100, completed: '2018-05-18T00:00:00Z' });
    expect(after.get('study.todo@rev-demo')).toMatchObject({ status: 'NEEDS-ACTION', percent: 20 });
    for (const uid of ['old-task.window@rev-demo', 'old-task.todo@rev-demo', 'report.due@rev-demo', 'report.todo@rev-demo', 'study.todo@rev-demo']) {
      expect(after.get(uid)!.sequence, uid).toBeGreaterThan(before.get(uid)!.sequence);
    }
    // Untouched by the reports: the same SEQUENCE, and 推进中 leaves the event itself alone.
    for (const uid of ['meeting.at.at@rev-demo', 'study.window@rev-demo']) expect(after.get(uid), uid).toEqual(before.get(uid));
  }, 120_000);
});
