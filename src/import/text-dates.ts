import { resolveDate, type DateContext, type DateKind } from '../dates/index.js';
import { keywordView } from './text.js';

/** A date mentioned inside an item's text, with what the words around it make of it. */
export interface DateMention {
  /** The wording as the document has it (the resolver reads it as is). */
  readonly text: string;
  readonly offset: number;
  readonly kind: DateKind;
  readonly start: string;
  readonly end: string;
  /** `在8月~10月期间`: the window in which something happens. */
  readonly during: boolean;
  /** The date has a day (or a time of day): something happens then. */
  readonly dayPrecise: boolean;
  /** 从2023年第一季度开始 / 8月起: only where something starts. */
  readonly startOnly?: boolean;
  /** Which sentence of the text (0-based) it is in. */
  readonly sentence: number;
}

const YEAR = '(?:\\d{4}年|明年|今年|本年|次年|当年)';
const MONTHDAY = '\\d{1,2}月份?(?:\\d{1,2}[日号])?(?:上旬|中旬|下旬|初|中|底|末)?';
const QUARTER = '第?[一二三四1-4](?:[、,]?[一二三四])*季度(?:末|初)?';
const HALF = '(?:上|下)半年';
const YEAR_PART = '(?:年底|年末|年内|年初|年中)';
const POINT = `(?:${YEAR}?(?:${MONTHDAY}|${QUARTER}|${HALF})|${YEAR}${YEAR_PART}|${YEAR_PART})`;
const TIME = '(?:上午|下午|晚上|中午)?';
const RANGE = `${POINT}${TIME}(?:(?:开始)?(?:至|到|~|-|—|一)${POINT}${TIME})?`;
const MENTION = new RegExp(`(?:从|自|在|于|截至)?${RANGE}(?:前后|左右|以前|之前|底前|前|期间|开始|起|建成|完成|投用|竣工)?`, 'g');
const RECURRING = /(?:从[^,。;]{1,14}开始,?)?每(?:个)?(?:季度|月|周|年|半年|旬)[^,。;]{0,16}?(?:日前|日|前)/g;

/**
 * Every date the text mentions, first to last. A match the resolver rejects is shortened from the
 * right (…之前 → …) before it is given up; a bare year (2023年区…) is not a date of the plan.
 */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const key = keywordView(text);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const m of key.matchAll(RECURRING)) {
    const raw = text.slice(m.index, m.index + m[0].length);
    const outcome = resolveDate(raw, ctx);
    if (outcome.ok && outcome.value.kind === 'recurring') {
      found.push({ text: raw, offset: m.index, kind: 'recurring', start: outcome.value.start, end: outcome.value.end, during: false, dayPrecise: false, sentence: sentenceAt(text, m.index) });
      taken.push([m.index, m.index + m[0].length]);
    } else {
      // 从2023年第一季度开始,每季度…: the resolver reads the recurrence without its start.
      const tail = /每.*$/.exec(raw);
      const retry = tail ? resolveDate(tail[0], ctx) : undefined;
      if (tail && retry?.ok && retry.value.kind === 'recurring') {
        found.push({ text: tail[0], offset: m.index + tail.index, kind: 'recurring', start: retry.value.start, end: retry.value.end, during: false, dayPrecise: false, sentence: sentenceAt(text, m.index) });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
  }
  for (const m of key.matchAll(MENTION)) {
    const at = m.index;
    if (m[0].length === 0 || taken.some(([s, e]) => at < e && at + m[0].length > s)) continue;
    if (/^(?:从|自|在|于|截至)?\d{4}年$/.test(m[0]) || !/月|季度|半年|年底|年末|年内|年初|年中/.test(m[0])) continue;
    let raw = text.slice(at, at + m[0].length);
    let outcome = resolveDate(raw, ctx);
    while (!outcome.ok && raw.length > 2) {
      raw = raw.slice(0, -1);
      outcome = resolveDate(raw, ctx);
    }
    if (!outcome.ok) continue;
    // 于/截至 only frame the date; 在 does too, except in 在…期间 (the hand encodings keep it there).
    const shown = /期间$/.test(raw) ? raw.replace(/^(?:于|截至)/, '') : raw.replace(/^(?:于|截至|在)/, '');
    found.push({
      text: shown,
      offset: at + (raw.length - shown.length),
      kind: outcome.value.kind,
      start: outcome.value.start,
      end: outcome.value.end,
      during: /期间$/.test(raw),
      dayPrecise: /\d[日号]/.test(raw) || outcome.value.time !== undefined,
      ...(/(?:开始|起)$/.test(raw) && !/至|到|~/.test(raw) ? { startOnly: true } : {}),
      sentence: sentenceAt(text, at),
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function sentenceAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/[。;!?\n]/g) ?? []).length;
}
