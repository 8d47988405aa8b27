import { describe, expect, it } from 'vitest';
import { dayNumber, toIso } from '../../../src/dates/day-number.js';
import { loadHolidayFile } from '../../../src/dates/holidays/holiday-data.js';
import { createWorkCalendar } from '../../../src/dates/holidays/work-calendar.js';
import { REFERENCE } from './holiday-reference.js';

const calendar = createWorkCalendar();

function expand(year: number, ranges: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const range of ranges) {
    const [from, to = from] = range.split('~') as [string, string?];
    const [fm, fd] = from.split('-').map(Number) as [number, number];
    const [tm, td] = to.split('-').map(Number) as [number, number];
    for (let n = dayNumber(year, fm, fd); n <= dayNumber(year, tm, td); n++) out.add(toIso(n));
  }
  return out;
}

describe('bundled holiday data against the frozen State Council table', () => {
  for (const [yearText, arrangement] of Object.entries(REFERENCE)) {
    const year = Number(yearText);
    it(`${year}: labelled days off and adjusted working days match the notices`, () => {
      const daysOff = expand(year, arrangement.daysOff);
      const workdays = expand(year, arrangement.workdays);
      const seenOff = new Set<string>();
      const seenWork = new Set<string>();
      for (let n = dayNumber(year, 1, 1); n <= dayNumber(year, 12, 31); n++) {
        const iso = toIso(n);
        const s = calendar.status(iso);
        if (!s.working && s.label !== undefined) seenOff.add(iso);
        if (s.working && s.adjusted) seenWork.add(iso);
      }
      expect([...seenOff].sort()).toEqual([...daysOff].sort());
      expect([...seenWork].sort()).toEqual([...workdays].sort());
    });
  }

  it('covers 2004–2026 and nothing later (2027 is not published)', () => {
    expect(calendar.coverage).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(calendar.isCovered('2026-12-31')).toBe(true);
    expect(calendar.isCovered('2027-01-01')).toBe(false);
  });
});

describe('working-day arithmetic (holidays.md examples)', () => {
  it.each([
    ['2018-09-28', 5, '2018-10-10'],
    ['2019-02-01', 3, '2019-02-11'],
    ['2020-01-20', 10, '2020-02-11'],
    ['2018-10-08', 1, '2018-10-09'],
    ['2018-12-28', 1, '2018-12-29'],
  ])('%s + %i working days = %s (anchor not counted)', (anchor, n, expected) => {
    expect(calendar.addWorkingDays(anchor, n)).toBe(expected);
  });

  it('counts backwards for negative n', () => {
    expect(calendar.addWorkingDays('2018-10-10', -5)).toBe('2018-09-28');
  });

  it.each([
    ['2019-02-04', '2019-02-03'],
    ['2018-10-01', '2018-09-30'],
    ['2018-12-30', '2018-12-29'],
    ['2026-02-15', '2026-02-14'],
  ])('last working day before %s is %s', (date, expected) => {
    expect(calendar.lastWorkingDayBefore(date)).toBe(expected);
  });

  it('previousWorkingDay keeps a working day and rolls a day off back', () => {
    expect(calendar.previousWorkingDay('2018-10-08')).toBe('2018-10-08');
    expect(calendar.previousWorkingDay('2018-10-03')).toBe('2018-09-30');
  });

  it('status: adjusted working weekend, weekday off in exchange, plain days', () => {
    expect(calendar.status('2018-09-29')).toEqual({ working: true, label: '国庆节', adjusted: true });
    expect(calendar.status('2018-12-31')).toEqual({ working: false, label: '元旦', adjusted: true });
    expect(calendar.status('2018-10-01')).toEqual({ working: false, label: '国庆节', adjusted: false });
    expect(calendar.status('2018-11-17')).toEqual({ working: false, adjusted: false });
    expect(calendar.status('2018-11-19')).toEqual({ working: true, adjusted: false });
  });

  it('breakAround extends a labelled holiday to the whole run of days off', () => {
    expect(calendar.breakAround('2018-06-18')).toEqual({ start: '2018-06-16', end: '2018-06-18', label: '端午' });
    expect(calendar.breakAround('2019-01-01')).toEqual({ start: '2018-12-30', end: '2019-01-01', label: '元旦' });
    expect(calendar.breakAround('2018-11-17')).toBeUndefined();
    expect(calendar.breakAround('2018-11-19')).toBeUndefined();
  });

  it('breaksIn(year) lists exactly the breaks met by walking every day of the year', () => {
    // The walk is the definition; breaksIn starts from the holidays only, so it must agree.
    const walk = (cal: typeof calendar, year: number) => {
      const found: { start: string; end: string; label: string }[] = [];
      for (let n = dayNumber(year, 1, 1); n <= dayNumber(year, 12, 31); n++) {
        const run = cal.breakAround(toIso(n));
        if (!run) continue;
        found.push(run);
        n = dayNumber(Number(run.end.slice(0, 4)), Number(run.end.slice(5, 7)), Number(run.end.slice(8, 10)));
      }
      return found;
    };
    // Overrides too: a break in a year without data, and one that crosses New Year.
    const custom = createWorkCalendar({ holidays: [{ date: '2030-12-31', name: '自定' }, { date: '2031-01-02', name: '自定' }, { date: '2031-05-02', name: '劳动节' }] });
    for (let year = 2008; year <= 2032; year++) {
      expect(calendar.breaksIn(year), String(year)).toEqual(walk(calendar, year));
      expect(custom.breaksIn(year), `custom ${year}`).toEqual(walk(custom, year));
    }
    expect(calendar.breaksIn(2018).map((b) => b.label)).toEqual(['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节', '元旦']);
  });

  it('festivalBreak finds a festival by its label; 元旦 by the year of its January 1st', () => {
    expect(calendar.festivalBreak('国庆节', 2018)).toEqual({ start: '2018-10-01', end: '2018-10-07', label: '国庆节' });
    expect(calendar.festivalBreak('元旦', 2019)).toEqual({ start: '2018-12-30', end: '2019-01-01', label: '元旦' });
    expect(calendar.festivalBreak('春节', 2027)).toBeUndefined();
  });
});

describe('overrides and holiday files', () => {
  it('plan overrides win and extend coverage to their year', () => {
    const cal = createWorkCalendar({ holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [{ date: '2018-11-17' }] });
    expect(cal.status('2027-01-01')).toMatchObject({ working: false, label: '元旦' });
    expect(cal.status('2018-11-17').working).toBe(true);
    expect(cal.coverage.lastYear).toBe(2027);
  });

  it('loadHolidayFile reads the chinese-days shape', () => {
    const data = loadHolidayFile('{"holidays":{"2027-01-01":"New Year\'s Day,元旦,1"},"workdays":{}}');
    expect(data.holidays).toEqual([{ date: '2027-01-01', name: '元旦' }]);
    const cal = createWorkCalendar(undefined, data);
    expect(cal.coverage).toEqual({ firstYear: 2027, lastYear: 2027 });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"holidays":{}}', /"workdays" must be an object/],
    ['{"holidays":{"2027-02-30":"x"},"workdays":{}}', /not a valid YYYY-MM-DD/],
    ['{"holidays":{"2027-01-01":1},"workdays":{}}', /must be a string/],
    ['{"holidays":{"2027-01-01":"a"},"workdays":{"2027-01-01":"a"}}', /both as a holiday and as a working day/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => loadHolidayFile(text)).toThrow(message);
  });
});
