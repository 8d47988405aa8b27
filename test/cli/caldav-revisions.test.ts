import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseIcs, type ParsedComponent } from '../helpers/ics-parse.js';
import { memoryIo } from '../helpers/memory-io.js';
import { radicaleInstalled, startRadicale, type CalDav } from '../helpers/radicale.js';

// CI installs Radicale (.ci/run) and must run this; only a developer's machine without it skips.
const skip = !radicaleInstalled() && !process.env.CI;

/**
 * Two revisions of a plan uploaded to a real CalDAV server the way a syncing client does it:
 * `plan ics --split` objects, PUT one by one, revision 2 built with `--base` revision 1.
 */
describe.skipIf(skip)('revisions reach a CalDAV calendar (Radicale)', () => {
  let server: CalDav;
  const dir = mkdtempSync(join(tmpdir(), 'plan-caldav-'));
  cpSync(new URL('../fixtures/calendar-revisions/', import.meta.url), dir, { recursive: true });

  async function upload(args: readonly string[], folder: string): Promise<number[]> {
    const io = memoryIo(dir);
    expect(await run(['ics', ...args, '--split', folder], io), io.err()).toBe(0);
    const statuses: number[] = [];
    for (const file of readdirSync(join(dir, folder)).filter((f) => f.endsWith('.ics'))) {
      const { status, text } = await server.put('plan', file, readFileSync(join(dir, folder, file), 'utf8'));
      expect(status, `${file}: ${text}`).toBeLessThan(300);
      statuses.push(status);
    }
    return statuses;
  }

  /** What a client downloads: every stored object's events by UID; fails on a UID stored twice. */
  async function stored(): Promise<Map<string, ParsedComponent>> {
    const found = new Map<string, ParsedComponent>();
    for (const data of (await server.objects('plan')).values()) {
      for (const c of parseIcs(data).components) {
        expect(found.has(c.uid), `${c.uid} is stored twice`).toBe(false);
        found.set(c.uid, c);
      }
    }
    return found;
  }

  beforeAll(async () => {
    server = await startRadicale();
    await server.makeCalendar('plan');
  }, 30_000);
  afterAll(async () => server?.stop());

  it('takes revision 1, then revision 2 over it, as updates, cancellations and one new event', async () => {
    const first = await upload(['rev1.yaml'], 'r1');
    expect(first.every((s) => s === 201)).toBe(true);
    const before = await stored();
    expect(before.size).toBe(first.length);

    await upload(['rev2.yaml', '--base', 'rev1.yaml'], 'r2');
    const after = await stored();

    // Unchanged: the same SEQUENCE; changed (a title, a deadline): higher.
    expect(after.get('study.window@rev-demo')?.sequence).toBe(before.get('study.window@rev-demo')?.sequence);
    expect(after.get('meeting.at.at@rev-demo')?.sequence).toBeGreaterThan(before.get('meeting.at.at@rev-demo')!.sequence!);
    expect(after.get('meeting.at.at@rev-demo')?.summary).toBe('召开动员大会');
    expect(after.get('report.due@rev-demo')?.sequence).toBeGreaterThan(before.get('report.due@rev-demo')!.sequence!);
    expect(after.get('report.due@rev-demo')?.dtstart).toBe('2018-05-25');
    // Removed: still there, cancelled, with a higher SEQUENCE.
    for (const uid of ['old-task.window@rev-demo', 'shift.window@rev-demo']) {
      expect(after.get(uid)?.status).toBe('CANCELLED');
      expect(after.get(uid)?.sequence).toBeGreaterThan(before.get(uid)!.sequence!);
    }
    // Added: present, and the session that already existed kept its object.
    expect(after.get('new-task.window@rev-demo')?.status).toBe('CONFIRMED');
    expect(before.has('forums.at.session-2018-05-15@rev-demo')).toBe(true);
    expect(after.has('forums.at.session-2018-05-08@rev-demo')).toBe(true);
    // Every event of revision 1 is still known to the client, none twice.
    for (const uid of before.keys()) expect(after.has(uid)).toBe(true);
  }, 60_000);
});
