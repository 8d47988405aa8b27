import { fromDayNumber, parseIso } from '../day-number.js';
import type { HolidayData, HolidayEntry } from './holiday-data.js';

/** The official arrangements as lookup tables keyed by day number. */
export interface HolidayTables {
  /** Days off (holidays and weekdays off in exchange) → festival label. */
  readonly off: ReadonlyMap<number, string>;
  /** Weekend days worked (调休上班) → festival label. */
  readonly worked: ReadonlyMap<number, string>;
  readonly inLieu: ReadonlySet<number>;
  readonly firstYear: number;
  readonly lastYear: number;
}

export interface HolidayOverrides {
  readonly holidays?: readonly HolidayEntry[];
  readonly workdays?: readonly HolidayEntry[];
}

function day(date: string): number {
  const n = parseIso(date);
  if (n === undefined) throw new Error(`Not a valid YYYY-MM-DD date: '${date}'.`);
  return n;
}

function yearRange(days: Iterable<number>, start: { firstYear: number; lastYear: number }): { firstYear: number; lastYear: number } {
  let { firstYear, lastYear } = start;
  for (const n of days) {
    const { year } = fromDayNumber(n);
    if (year < firstYear) firstYear = year;
    if (year > lastYear) lastYear = year;
  }
  return { firstYear, lastYear };
}

const EMPTY_RANGE = { firstYear: Infinity, lastYear: -Infinity };

function finish(off: Map<number, string>, worked: Map<number, string>, inLieu: ReadonlySet<number>, range: { firstYear: number; lastYear: number }): HolidayTables {
  const { firstYear, lastYear } = range.firstYear === Infinity ? { firstYear: 0, lastYear: -1 } : range;
  return { off, worked, inLieu, firstYear, lastYear };
}

/** Tables of holiday data in the chinese-days shape. */
export function tablesFromData(data: HolidayData): HolidayTables {
  const off = new Map<number, string>();
  const worked = new Map<number, string>();
  for (const h of data.holidays) off.set(day(h.date), h.name ?? '');
  for (const w of data.workdays) worked.set(day(w.date), w.name ?? '');
  const inLieu = new Set(data.inLieuDays.map((i) => day(i.date)));
  return finish(off, worked, inLieu, yearRange([...off.keys(), ...worked.keys()], EMPTY_RANGE));
}

/** A copy of `base` with the plan's or the user's arrangements on top: they win, and their years count as covered. */
export function withOverrides(base: HolidayTables, overrides: HolidayOverrides): HolidayTables {
  const off = new Map(base.off);
  const worked = new Map(base.worked);
  const added: number[] = [];
  for (const h of overrides.holidays ?? []) { const n = day(h.date); worked.delete(n); off.set(n, h.name ?? off.get(n) ?? '假日'); added.push(n); }
  for (const w of overrides.workdays ?? []) { const n = day(w.date); off.delete(n); worked.set(n, w.name ?? worked.get(n) ?? '调休上班'); added.push(n); }
  const range = base.firstYear > base.lastYear ? EMPTY_RANGE : base;
  return finish(off, worked, base.inLieu, yearRange(added, range));
}

interface SerializedTables {
  readonly off: [number, string][];
  readonly worked: [number, string][];
  readonly inLieu: number[];
  readonly firstYear: number;
  readonly lastYear: number;
}

/** The tables as JSON, for the build step to write into the bundle (see bundled-tables.ts). */
export function serializeTables(tables: HolidayTables): string {
  const plain: SerializedTables = {
    off: [...tables.off],
    worked: [...tables.worked],
    inLieu: [...tables.inLieu],
    firstYear: tables.firstYear,
    lastYear: tables.lastYear,
  };
  return JSON.stringify(plain);
}

/** The inverse of serializeTables, given the parsed JSON. */
export function deserializeTables(plain: SerializedTables): HolidayTables {
  return { off: new Map(plain.off), worked: new Map(plain.worked), inLieu: new Set(plain.inLieu), firstYear: plain.firstYear, lastYear: plain.lastYear };
}
