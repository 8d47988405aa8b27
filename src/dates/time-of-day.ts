import type { Cursor } from './cursor.js';
import { DateFailure } from './failure.js';
import type { TimeOfDay } from './types.js';

/** Default hours of the day parts (configurable later): 上午 09:00–12:00, 下午 14:00–17:30, 晚上 19:00–21:00. */
const DAY_PARTS: Readonly<Record<string, TimeOfDay>> = {
  '上午': { start: '09:00', end: '12:00' },
  '下午': { start: '14:00', end: '17:30' },
  '晚上': { start: '19:00', end: '21:00' },
  '中午': { start: '12:00', end: '14:00' },
  '早上': { start: '08:00', end: '09:00' },
};

const AFTERNOON = new Set(['下午', '晚上']);
const DAY_PART_WORDS: ReadonlySet<string> = new Set(Object.keys(DAY_PARTS));

function hhmm(hour: number, minute: number): string {
  return `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`;
}

/** One clock reading: `14:00`, `8时`, `3点半`, `15时30分`; undefined when none is here. */
function readClock(c: Cursor, pm: boolean): string | undefined {
  const t = c.peek();
  let hour: number;
  let minute = 0;
  const start = t?.start ?? c.textEnd;
  if (t?.kind === 'clock') {
    c.i++;
    hour = t.hour;
    minute = t.minute;
  } else if (t?.kind === 'num' && (c.kw(1) === '时' || c.kw(1) === '点')) {
    c.i += 2;
    hour = t.value;
    const m = c.peek();
    if (c.accept('半')) minute = 30;
    else if (m?.kind === 'num' && c.kw(1) === '分') {
      c.i += 2;
      minute = m.value;
    }
  } else {
    return undefined;
  }
  // Explicit clock times win over the day part; 下午3点 is 15:00.
  if (pm && hour < 12) hour += 12;
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59) || (hour === 24 && minute > 0)) {
    throw new DateFailure('date-impossible', 'dates.not-a-time', start, c.lastEnd(), { hour, minute, time: hhmm(hour, minute) });
  }
  return hhmm(hour, minute);
}

/** Reads an optional time of day after a date: a day part, a clock time, or a clock range. */
export function readTimeOfDay(c: Cursor): TimeOfDay | undefined {
  const part = c.accept(DAY_PART_WORDS);
  const pm = part !== undefined && AFTERNOON.has(part);
  const first = readClock(c, pm);
  if (first === undefined) return part === undefined ? undefined : DAY_PARTS[part];
  if (c.isSep()) {
    const save = c.i;
    c.i++;
    const second = readClock(c, pm);
    if (second !== undefined) return { start: first, end: second };
    c.i = save;
  }
  return { start: first };
}
