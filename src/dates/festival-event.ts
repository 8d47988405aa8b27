import { Cursor } from './cursor.js';
import { dayNumber } from './day-number.js';
import { DateFailure } from './failure.js';
import { festivalSpan } from './festival.js';
import { FESTIVAL_LABEL } from './keywords.js';
import { parsePoint } from './parse-point.js';
import type { Point } from './point.js';
import type { Scope } from './scope.js';
import { tokenize } from './tokenize.js';

const FESTIVAL_WORDS = Object.keys(FESTIVAL_LABEL);
const LEADS = new Set(['于', '在', '从', '自']);

/** Cheap test before any tokenizing: 反馈后 / 印发后 (the common case) never names a festival. */
function namesFestival(event: string): boolean {
  if (event.endsWith('节')) return true;
  for (const word of FESTIVAL_WORDS) if (event.endsWith(word)) return true;
  return false;
}

/**
 * The festival an event of `国庆节后一周内` / `明年元旦后10个工作日内` names, read from text[0, to) as a
 * date point; undefined when the event is not a festival (反馈后: the document date counts).
 */
export function readFestivalEvent(text: string, to: number, scope: Scope): Point | undefined {
  if (!namesFestival(text.slice(0, to))) return undefined;
  const c = new Cursor(tokenize(text.slice(0, to)), text);
  while (c.accept(LEADS)) continue;
  let point: Point;
  try {
    point = parsePoint(c, scope);
  } catch (error) {
    if (error instanceof DateFailure) return undefined;
    throw error;
  }
  return point.gran === 'holiday' && c.atEnd() ? point : undefined;
}

/**
 * The break the period counts from. 元旦 without a year is usually the coming New Year (元旦前:
 * before the one at the end of the plan year), but counting after it, a plan issued before the
 * plan year's own 1 January means that one: issued 2018-12-20 for 2019, 元旦后 is after 2019-01-01.
 */
export function breakOf(p: Point, scope: Scope): { start: number; end: number } {
  if (p.festival === '元旦' && !p.yearExplicit && scope.anchor !== undefined && scope.anchor <= dayNumber(p.year, 1, 1)) {
    return festivalSpan({ ...p, yearExplicit: true }, scope);
  }
  return festivalSpan(p, scope);
}
