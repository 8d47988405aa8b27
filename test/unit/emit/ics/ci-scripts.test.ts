import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarsEmitter } from '../../../../src/emit/emitters/calendars.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { bigPlan, GENERATED_AT } from './fixtures.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const python = '/usr/bin/python3';
const hasPythonIcalendar = spawnSync(python, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0;

interface Row {
  file: string;
  uid: string;
  summary: string;
  dtstart: string;
  dtend: string | null;
  status: string;
  rrule: string | null;
  sequence: number;
}

describe('test/ci/ics-events.{mjs,py}: two independent parsers agree on our calendars', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ics-events-'));
    const emitter = createCalendarsEmitter({ todo: true, alarms: [{ workingDaysBefore: 1 }] });
    for (const plan of [samplePlan(), samplePlan({ id: 'sample-en', locale: 'en' }), bigPlan(300, 12, 3)]) {
      for (const a of emitter.emit({ plan, generatedAt: GENERATED_AT })) {
        writeFileSync(join(dir, `${plan.id}-${a.path.replace('calendars/', '')}`), a.contents, 'utf8');
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (cmd: string, script: string): string => execFileSync(cmd, [join(root, 'test/ci', script), dir], { encoding: 'utf8', maxBuffer: 64 << 20 });

  it('ics-events.mjs lists every VEVENT, sorted, with the model values', () => {
    const rows = JSON.parse(run(process.execPath, 'ics-events.mjs')) as Row[];
    const sample = rows.filter((r) => r.file === 'sample-2018-all.ics');
    expect(sample.map((r) => r.uid)).toEqual([...sample.map((r) => r.uid)].sort());
    // 8 events, plus the own deadline event of the 3 windows that end on their deadline (reminders on).
    expect(sample).toHaveLength(11);
    expect(sample.find((r) => r.uid === 'monthly-report.repeat@sample-2018')).toEqual({
      file: 'sample-2018-all.ics',
      uid: 'monthly-report.repeat@sample-2018',
      summary: '每月报送进展情况',
      dtstart: '2018-06-28',
      dtend: '2018-06-29',
      status: 'CONFIRMED',
      rrule: 'BYMONTHDAY=28;FREQ=MONTHLY;UNTIL=20181231',
      sequence: 1,
    });
    expect(sample.find((r) => r.uid === 'celebrations.at.national-meeting@sample-2018')?.dtstart).toBe('2018-12-18T09:00:00[Asia/Shanghai]');
  });

  it.skipIf(!hasPythonIcalendar)('ics-events.py prints exactly the same bytes', () => {
    expect(run(python, 'ics-events.py')).toBe(run(process.execPath, 'ics-events.mjs'));
  });
});
