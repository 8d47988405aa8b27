import { bundledHolidayData } from './holiday-data.js';
import { tablesFromData, type HolidayTables } from './holiday-tables.js';

let tables: HolidayTables | undefined;

/**
 * The pinned chinese-days data as tables, built on first use. The CLI bundle replaces this
 * module with the same tables computed at build time (src/build/bundle.ts): reading and
 * checking about 900 dated entries was the largest single cost of a `plan lint`.
 */
export function bundledTables(): HolidayTables {
  return (tables ??= tablesFromData(bundledHolidayData()));
}
