import type { TimeOfDay } from './types.js';

/**
 * One date "point" as written: a year, half, quarter, month, month part, day or festival, already
 * placed on the calendar as an inclusive span of day numbers.
 */
export type Granularity =
  | 'year' // 2018年, 全年, 年内
  | 'half' // 上半年
  | 'quarter' // 第三季度, 前三季度
  | 'month' // 5月, 5月份
  | 'part' // 上旬, 中下旬, 月初, 年初
  | 'day' // 5月16日, 2018-12-18
  | 'end' // 月底, 年底, 季度末: a single last day
  | 'holiday' // 国庆节, 春节 (span = the break; needs the calendar)
  | 'bare'; // a number whose unit comes after the separator: 2018—2020年, 9月16—25日

export interface Point {
  readonly gran: Granularity;
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month?: number;
  readonly yearExplicit: boolean;
  readonly fuzzy: boolean;
  readonly time?: TimeOfDay;
  /** Festival label (国庆节, 春节 …) for `holiday` points; undefined for a bare 节. */
  readonly festival?: string;
  /** `bare` points: the number and whether it was written with Chinese numerals. */
  readonly bareValue?: number;
  /** 2005.1 (a dotted year and month): a bare number after the separator is a month (2005.1—4). */
  readonly dotted?: boolean;
  /** 4月15前: the day was written without 日. */
  readonly dayMarkMissing?: boolean;
  /** Normalised text span of the point, for notes and errors. */
  readonly from: number;
  readonly to: number;
}
