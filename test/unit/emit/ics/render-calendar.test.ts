import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../../src/emit/ics/render-calendar.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';
import { byUid, parseIcs } from '../../../helpers/ics-parse.js';

const sample = (): string => renderCalendar(samplePlan(), { generatedAt: GENERATED_AT });

/** The model, by hand: every VEVENT the sample plan must produce, in emission order. */
const EXPECTED = [
  { uid: 'convene.window@sample-2018', dtstart: '2018-05-01', dtend: '2018-06-01', status: 'CONFIRMED', rrule: null,
    summary: '召开街道党工委会议精心策划部署,认真研究制定大讨论活动的工作方案和实施意见,广泛宣传发动,拉开街道大讨论活动序幕' },
  { uid: 'report.due@sample-2018', dtstart: '2018-05-20', dtend: '2018-05-21', status: 'CONFIRMED', rrule: null, summary: '截止：报送工作方案' },
  { uid: 'forums.window@sample-2018', dtstart: '2018-08-01', dtend: '2018-11-01', status: 'CONFIRMED', rrule: null,
    summary: '举办3期“解放思想大讨论”论坛（共3期）' },
  { uid: 'celebrations.window@sample-2018', dtstart: '2018-12-11', dtend: '2019-01-01', status: 'CONFIRMED', rrule: null,
    summary: '认真组织好中央和省重要庆祝活动的收听收看和学习讨论' },
  { uid: 'celebrations.at.national-meeting@sample-2018', dtstart: '2018-12-18T09:00[Asia/Shanghai]', dtend: '2018-12-18T12:00[Asia/Shanghai]',
    status: 'CONFIRMED', rrule: null, summary: '收听收看庆祝改革开放40周年大会' },
  { uid: 'celebrations.at.provincial-symposium@sample-2018', dtstart: '2018-12-20', dtend: '2018-12-21', status: 'TENTATIVE', rrule: null,
    summary: '省委、省政府召开庆祝改革开放40周年座谈会' },
  { uid: 'monthly-report.repeat@sample-2018', dtstart: '2018-06-28', dtend: '2018-06-29', status: 'CONFIRMED',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20181231', summary: '每月报送进展情况' },
  { uid: 'atmosphere.window@sample-2018', dtstart: '2018-05-01', dtend: '2019-01-01', status: 'CONFIRMED', rrule: null, summary: '长期：营造浓厚氛围' },
];

describe('renderCalendar: the sample plan read back by ical.js', () => {
  it('has exactly the expected events, in order, event by event', () => {
    const parsed = parseIcs(sample());
    expect(parsed.components.map((c) => c.type)).toEqual(EXPECTED.map(() => 'vevent'));
    expect(parsed.components.map(({ uid, dtstart, dtend, status, rrule, summary }) => ({ uid, dtstart, dtend, status, rrule, summary }))).toEqual(EXPECTED);
    for (const c of parsed.components) expect(c.sequence).toBe(1);
  });

  it('writes the calendar properties subscribers rely on', () => {
    const text = sample();
    const { props, timezones } = parseIcs(text);
    expect(props).toMatchObject({
      version: '2.0',
      prodid: '-//plan-compiler//plan 0.1//ZH',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
      name: '示例街道解放思想大讨论活动实施方案',
      'x-wr-calname': '示例街道解放思想大讨论活动实施方案',
      'x-wr-timezone': 'Asia/Shanghai',
      'refresh-interval': 'P1D',
      'x-published-ttl': 'P1D',
    });
    expect(props['x-wr-caldesc']).toBe('示例街道解放思想大讨论活动实施方案：全部任务与日程（6项，第1版）'); // 6 tasks, 8 events
    expect(timezones).toEqual(['Asia/Shanghai']);
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n');
  });

  it('uses CRLF everywhere and no physical line exceeds 75 octets', () => {
    const text = sample();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('stamps every component with generatedAt in UTC, never the clock', () => {
    const text = sample();
    const events = text.slice(text.indexOf('BEGIN:VEVENT'));
    const stamps = events.match(/^(DTSTAMP|LAST-MODIFIED):.*$/gm) ?? [];
    expect(stamps.length).toBe(2 * EXPECTED.length);
    for (const s of stamps) expect(s).toMatch(/:20180502T000000Z$/);
    // The VTIMEZONE's own LAST-MODIFIED is the tz data's (fixed per library version), also UTC.
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\n(?:.*\r\n)*?LAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
  });

  it('describes lead and supporting units by name, the phase, and the date as written; escapes round-trip', () => {
    const events = byUid(parseIcs(sample()));
    expect(events.get('report.due@sample-2018')?.description).toBe(
      '牵头单位：街道各党组织\n配合单位：宣传条线\n阶段：强化宣传发动,形成广泛思想共识\n时限：5月20日前',
    );
    expect(events.get('convene.window@sample-2018')?.description).toBe(
      '牵头单位：党政条线、宣传条线\n阶段：强化宣传发动,形成广泛思想共识\n时间：5月\n\n' +
        '具体要求：认真研究制定大讨论活动的工作方案和实施意见;广泛宣传发动, "拉开序幕" \\ 换行\n第二行',
    );
    expect(events.get('celebrations.at.provincial-symposium@sample-2018')?.description).toContain('日期：12月20日前后');
  });

  it('keeps a phase title with a comma as one category', () => {
    const events = byUid(parseIcs(sample()));
    expect(events.get('report.due@sample-2018')?.categories).toEqual(['强化宣传发动,形成广泛思想共识', '街道各党组织', '宣传条线']);
    expect(events.get('atmosphere.window@sample-2018')?.categories).toEqual(['长期措施', '宣传条线']);
  });

  it('starts a recurrence on its first instance and ends it at the task end', () => {
    const text = sample();
    const vevent = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === 'monthly-report.repeat@sample-2018');
    expect(vevent).toBeDefined();
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20181231\r\n');
    const it = new ICAL.Event(vevent).iterator();
    const days: string[] = [];
    for (let t = it.next(); t !== undefined && t !== null; t = it.next()) days.push(t.toString());
    expect(days).toEqual(['2018-06-28', '2018-07-28', '2018-08-28', '2018-09-28', '2018-10-28', '2018-11-28', '2018-12-28']);
  });

  it('is deterministic and rejects an invalid generatedAt', () => {
    expect(sample()).toBe(sample());
    expect(() => renderCalendar(samplePlan(), { generatedAt: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('renderCalendar options', () => {
  it('todo: adds a VTODO per dated task, with DUE and no DTSTART for a bare deadline, and a recurring one for a repeat', () => {
    const parsed = parseIcs(renderCalendar(samplePlan(), { generatedAt: GENERATED_AT, todo: true }));
    const todos = parsed.components.filter((c) => c.type === 'vtodo');
    expect(todos.map((t) => [t.uid, t.dtstart, t.due, t.status])).toEqual([
      ['convene.todo@sample-2018', '2018-05-01', '2018-05-31', 'NEEDS-ACTION'],
      ['report.todo@sample-2018', null, '2018-05-20', 'NEEDS-ACTION'],
      ['forums.todo@sample-2018', '2018-08-01', '2018-10-31', 'NEEDS-ACTION'],
      ['celebrations.todo@sample-2018', '2018-12-11', '2018-12-31', 'NEEDS-ACTION'],
      ['monthly-report.todo@sample-2018', null, '2018-06-28', 'NEEDS-ACTION'],
    ]);
    expect(todos.find((t) => t.uid === 'monthly-report.todo@sample-2018')?.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20181231');
    expect(parsed.components.filter((c) => c.type === 'vevent')).toHaveLength(EXPECTED.length);
  });

  it("ongoing: 'none' leaves ongoing measures out", () => {
    const parsed = parseIcs(renderCalendar(samplePlan(), { generatedAt: GENERATED_AT, ongoing: 'none' }));
    expect(parsed.components.map((c) => c.uid)).not.toContain('atmosphere.window@sample-2018');
    expect(parsed.components).toHaveLength(EXPECTED.length - 1);
  });

  it('alarms: 09:00 on the day N working days before, through the injected working-day function', () => {
    const calls: string[] = [];
    // A stand-in holiday calendar: 2018-05-17 and 2018-05-18 are days off.
    const previousWorkingDays = (date: string, n: number): string => {
      calls.push(`${date}-${n}`);
      return date === '2018-05-20' ? '2018-05-15' : date === '2018-05-31' ? '2018-05-28' : date;
    };
    const events = byUid(parseIcs(renderCalendar(samplePlan(), { generatedAt: GENERATED_AT, alarms: [{ workingDaysBefore: 3 }], previousWorkingDays })));
    expect(calls).toContain('2018-05-20-3');
    // Deadline event on the 20th: 5 days before its start, at 09:00.
    expect(events.get('report.due@sample-2018')?.triggers).toEqual(['-P4DT15H']);
    // A window ending on its deadline (the 31st): the reminder is on the deadline's own event,
    // before its start, never RELATED=END on the window.
    expect(events.get('convene.window@sample-2018')?.triggers).toEqual([]);
    expect(events.get('convene.due@sample-2018')?.triggers).toEqual(['-P2DT15H']); // 09:00 on the 28th
    // A recurring deadline reminds before each instance (the stand-in moves 06-28 nowhere: 09:00 that day).
    expect(calls).toContain('2018-06-28-3');
    expect(events.get('monthly-report.repeat@sample-2018')?.triggers).toEqual(['PT9H']);
    // Ongoing measures have no deadline and no alarm.
    expect(events.get('atmosphere.window@sample-2018')?.triggers).toEqual([]);
    // No reminder fires after the start of the day of its event (09:00 on the day at the latest).
    for (const e of events.values()) for (const t of e.triggers) expect(t.startsWith('-') || t === 'PT9H' || t === 'PT0S').toBe(true);
  });

  it('alarms fall back to calendar days without a working-day function', () => {
    const events = byUid(parseIcs(renderCalendar(samplePlan(), { generatedAt: GENERATED_AT, alarms: [{ workingDaysBefore: 1 }, { workingDaysBefore: 0 }] })));
    expect(events.get('report.due@sample-2018')?.triggers).toEqual(['-PT15H', 'PT9H']);
    // A timed meeting at 09:00: one day before at 09:00, and at 09:00 on the day.
    expect(events.get('celebrations.at.national-meeting@sample-2018')?.triggers).toEqual(['-P1D', 'PT0S']);
  });

  it('name, description and locale en', () => {
    const text = renderCalendar(samplePlan({ locale: 'en', title: 'Sample plan' }), { generatedAt: GENERATED_AT, name: 'Mine', description: 'All of it' });
    const parsed = parseIcs(text);
    expect(parsed.props).toMatchObject({ name: 'Mine', 'x-wr-calname': 'Mine', 'x-wr-caldesc': 'All of it', prodid: '-//plan-compiler//plan 0.1//EN' });
    const events = byUid(parsed);
    expect(events.get('report.due@sample-2018')?.summary).toBe('Due: 报送工作方案');
    expect(events.get('forums.window@sample-2018')?.summary).toBe('举办3期“解放思想大讨论”论坛 (3 sessions)');
    expect(events.get('report.due@sample-2018')?.description).toContain('Lead: 街道各党组织\nSupporting: 宣传条线');
  });

  it('omits VTIMEZONE when the selection has no timed event', () => {
    const parsed = parseIcs(renderCalendar(samplePlan(), { generatedAt: GENERATED_AT, units: ['dangzuzhi'] }));
    expect(parsed.timezones).toEqual([]);
  });

  it('turns timed items all-day when no VTIMEZONE is known for the zone (never a TZID without one)', () => {
    const text = renderCalendar(samplePlan({ timezone: 'Mars/Olympus_Mons' }), { generatedAt: GENERATED_AT });
    expect(text).not.toContain('TZID=');
    const meeting = byUid(parseIcs(text)).get('celebrations.at.national-meeting@sample-2018');
    expect([meeting?.dtstart, meeting?.dtend]).toEqual(['2018-12-18', '2018-12-19']);
    expect(meeting?.description).toContain('09:00-12:00');
  });

  it('drops the window event of a task that is a single meeting', () => {
    const plan = samplePlan();
    const celebrations = plan.phases[1]?.tasks[1];
    if (celebrations === undefined) throw new Error('fixture changed');
    const oneDay = { ...celebrations, start: '2018-12-18', end: '2018-12-18', due: '2018-12-18', timing: 'instant' as const };
    const edited = { ...plan, phases: [{ ...plan.phases[1]!, tasks: [oneDay] }] };
    const uids = parseIcs(renderCalendar(edited, { generatedAt: GENERATED_AT })).components.map((c) => c.uid);
    expect(uids.filter((u) => u.startsWith('celebrations.'))).toEqual([
      'celebrations.at.national-meeting@sample-2018',
      'celebrations.at.provincial-symposium@sample-2018',
    ]);
  });

  it('never writes DTEND before DTSTART, even for inconsistent input', () => {
    const plan = samplePlan();
    const [mobilize] = plan.phases;
    const celebrations = plan.phases[1]?.tasks[1];
    if (mobilize === undefined || celebrations === undefined) throw new Error('fixture changed');
    const backwards = { ...mobilize.tasks[0]!, start: '2018-05-31', end: '2018-05-01', due: '2018-05-01' };
    const badTime = { ...celebrations, occurrences: [{ ...celebrations.occurrences[0]!, time: { start: '14:00', end: '12:00' } }] };
    const edited = { ...plan, phases: [{ ...mobilize, tasks: [backwards, badTime] }] };
    const events = byUid(parseIcs(renderCalendar(edited, { generatedAt: GENERATED_AT })));
    expect([events.get('convene.window@sample-2018')?.dtstart, events.get('convene.window@sample-2018')?.dtend]).toEqual(['2018-05-31', '2018-06-01']);
    const meeting = events.get('celebrations.at.national-meeting@sample-2018');
    expect([meeting?.dtstart, meeting?.dtend]).toEqual(['2018-12-18T14:00[Asia/Shanghai]', null]);
  });
});
