import { describe, expect, it } from 'vitest';
import { bundledTables } from '../../../src/dates/holidays/bundled-tables.js';
import { bundledHolidayData } from '../../../src/dates/holidays/holiday-data.js';
import { deserializeTables, serializeTables, tablesFromData, withOverrides } from '../../../src/dates/holidays/holiday-tables.js';
import { parseIso } from '../../../src/dates/day-number.js';

const day = (iso: string) => parseIso(iso)!;

describe('holiday tables', () => {
  it('serialise to what the bundle rebuilds (the build writes them into dist/plan.cjs)', () => {
    const tables = tablesFromData(bundledHolidayData());
    expect(deserializeTables(JSON.parse(serializeTables(tables)))).toEqual(tables);
    expect(bundledTables()).toEqual(tables);
    expect(tables.off.get(day('2018-10-01'))).toBe('国庆节');
    expect(tables.worked.get(day('2018-09-29'))).toBe('国庆节');
  });
  it('take overrides on a copy: they win, and extend the covered years', () => {
    const base = bundledTables();
    const lastYear = base.lastYear;
    const next = withOverrides(base, {
      holidays: [{ date: `${lastYear + 1}-10-01`, name: '国庆节' }, { date: '2018-09-29' }],
      workdays: [{ date: '2018-10-01' }],
    });
    expect(next.lastYear).toBe(lastYear + 1);
    expect(next.off.get(day(`${lastYear + 1}-10-01`))).toBe('国庆节');
    expect(next.off.get(day('2018-09-29'))).toBe('假日');
    expect(next.worked.has(day('2018-09-29'))).toBe(false);
    expect(next.worked.get(day('2018-10-01'))).toBe('调休上班');
    // The shared tables are untouched.
    expect(base.off.get(day('2018-10-01'))).toBe('国庆节');
    expect(base.worked.get(day('2018-09-29'))).toBe('国庆节');
  });
  it('have no covered years without data', () => {
    const empty = tablesFromData({ holidays: [], workdays: [], inLieuDays: [] });
    expect([empty.firstYear, empty.lastYear]).toEqual([0, -1]);
    expect(withOverrides(empty, { holidays: [{ date: '2030-01-01', name: '元旦' }] })).toMatchObject({ firstYear: 2030, lastYear: 2030 });
  });
});
