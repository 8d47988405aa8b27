import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { byUidOnce, hasIcalendar, readIcs } from '../helpers/read-ics.js';

// Progress and revisions together: SEQUENCE is the --base rule's number plus the changes the
// reports made, so it never goes down from one build to the next, whichever of the two moved.

const dir = mkdtempSync(join(tmpdir(), 'plan-status-rev-'));
cpSync(new URL('../fixtures/calendar-revisions/', import.meta.url), dir, { recursive: true });

async function calendar(args: readonly string[]) {
  const io = memoryIo(dir);
  expect(await run(['ics', ...args], io), io.err()).toBe(0);
  return byUidOnce(readIcs(io.out()));
}

const progress = (rev: string, lines: string[]) => writeFileSync(join(dir, `${rev}.progress.yaml`), ['plan: rev-demo', 'entries:', ...lines, ''].join('\n'));

describe.skipIf(!hasIcalendar)('progress across revisions (--base)', () => {
  it('adds the changes to what --base gives, and never lowers SEQUENCE', async () => {
    const r1 = await calendar(['rev1.yaml', '--no-progress']);
    progress('rev1', ['  - { task: study, date: 2018-06-10, state: 已完成 }']);
    const r1done = await calendar(['rev1.yaml']);
    expect(r1done.get('study.window@rev-demo')!.sequence).toBe(r1.get('study.window@rev-demo')!.sequence + 1);

    // Revision 2 leaves study as it was: --base keeps its SEQUENCE, the report adds its one change.
    progress('rev2', ['  - { task: study, date: 2018-06-10, state: 已完成 }']);
    const r2 = await calendar(['rev2.yaml', '--base', 'rev1.yaml']);
    expect(r2.get('study.window@rev-demo')!.sequence).toBe(r1done.get('study.window@rev-demo')!.sequence);
    expect(r2.get('study.window@rev-demo')!.summary.startsWith('【已完成】')).toBe(true);
    // A task revision 2 changed and a unit reported on: higher than either alone gave.
    progress('rev2', ['  - { task: study, date: 2018-06-10, state: 已完成 }', '  - { task: report, date: 2018-05-20, state: 取消 }']);
    const r2more = await calendar(['rev2.yaml', '--base', 'rev1.yaml']);
    const without = await calendar(['rev2.yaml', '--base', 'rev1.yaml', '--no-progress']);
    expect(r2more.get('report.due@rev-demo')).toMatchObject({ status: 'CANCELLED', sequence: without.get('report.due@rev-demo')!.sequence + 1 });
    for (const [uid, c] of r2more) if (r1done.has(uid)) expect(c.sequence, uid).toBeGreaterThanOrEqual(r1done.get(uid)!.sequence);
  });
});
