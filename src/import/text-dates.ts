import { resolveDate, type DateContext, type DateKind } from '../dates/index.js';
import { daysInMonth } from '../dates/day-number.js';
import { cnNumeralValue, digitwiseValue } from '../dates/numerals.js';
import { keywordView } from './text.js';

/** The whole plan year as a date wording the resolver reads (2024年): the stand-in for a window the document does not give. */
export function wholeYear(year: number): string {
  return `${year}年`;
}

/** A date mentioned inside an item's text, with what the words around it make of it. */
export interface DateMention {
  /** The wording as the document has it (the resolver reads it as is). */
  readonly text: string;
  /** UTF-16 offset of `text` in the text given to `findDates` (as written, not normalised). */
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

/*
 * The patterns run over `keywordView(text)`: simplified script and half-width forms, one character
 * for one, so ２０１９年３月～５月 is matched as 2019年3月~5月 and sliced from the text as written.
 * Every repetition below is bounded or followed by a fixed character, so no pattern backtracks badly.
 */

/** Years: 2019, 二〇一九 / 二○一九 / 二零一九 / 二OO九 (digit by digit), template 20xx / 20**. */
const YEAR_NUM = '(?:\\d{4}|[〇○零O一二三四五六七八九]{4})';
const YEAR = `(?:${YEAR_NUM}年|(?:20[*xX×_]{2}|[*xX×_]{4})年|明年|今年|本年|次年|当年)`;
const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const CN_DAY = '(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])';
const DAY = `(?:\\d{1,2}|${CN_DAY})[日号]`;
/** Range separators: 至, 到, and every dash and tilde run (-, --, ---, —, ——, ~, 〜; ～ and － fold to ~ and -). */
const SEP = '(?:至|到|[-~—―–〜‐‑−]{1,3}|一)';
/** Month parts; 初/中 not where they start a word (3月初步, 6月中央). */
const MONTH_PART = '(?:上中旬|中下旬|上旬|中旬|下旬|初(?!步|级)|中(?![央心国华])|底|末)';
/** 5月, 5月份, 5月20日, 10月上旬, 5月底; a day without 日 only before a separator (9月16—25日) or 前 (4月15前). */
const MONTHDAY = `(?:\\d{1,2}|${CN_MONTH})月份?(?:${DAY}|\\d{1,2}(?= ?${SEP}\\d|前)|${MONTH_PART})?`;
const QUARTER = '(?:前[一二三]|第?[一二三四1-4](?:[、,]?[一二三四])*)季度(?:末|初)?';
const HALF = '(?:上|下)半年';
/** 年底, 2019年底, 2019年年底, 明年底, 明年年底, 今年内; 年中/年初 not where they start a word (年中央, 年初步). */
const YEAR_END = `(?:(?:${YEAR}|${YEAR_NUM}|[明今本次当])?(?:年底|年末|年内|年初(?!步|级)|年中(?![央心国华期])))`;
const POINT = `(?:${YEAR}?(?:${MONTHDAY}|${QUARTER}|${HALF})|${YEAR_END})`;
/** A range end may be a bare day (3月1日至15日). */
const END = `(?:${POINT}|${DAY})`;
/** A bare start whose unit comes after the separator: 3-6月, 2011年4-5月, 三至五月. */
const BARE = `(?:${YEAR}?(?:\\d{1,2}|${CN_MONTH}) ?${SEP} ?${END})`;
/** ISO-like days (2019-03-01, 2019/3/1, 2019.3.1) and dotted year-month ranges (2005.1—4, 2005.8—2006.3). */
const ISO = '(?:(?:19|20)\\d{2}([-/.])\\d{1,2}\\1\\d{1,2}(?![\\d.]))';
const ISO_RANGE = `(?:${ISO}(?: ?${SEP} ?(?:19|20)\\d{2}([-/.])\\d{1,2}\\2\\d{1,2}(?![\\d.]))?)`;
const DOTTED = `(?:(?:19|20)\\d{2}\\.\\d{1,2} ?${SEP} ?(?:(?:19|20)\\d{2}\\.\\d{1,2}|\\d{1,2})(?![\\d.]))`;
/** 上午, 下午3点 is left to the resolver's tail-trimming; clock times 14:00 and 08:30-12:00 are read here. */
const TIME = '(?:上午|下午|晚上|中午)?(?: ?\\d{1,2}:\\d{2}(?: ?[-~至] ?\\d{1,2}:\\d{2})?)?';
/** 即日起(至…), 从现在开始到…: from the document date. */
const TODAY = `(?:(?:即日|现在)(?:开始|起)?(?: ?${SEP} ?${END})?)`;
const RANGE = `(?:${ISO_RANGE}|${DOTTED}|${BARE}|${TODAY}|${POINT}${TIME}(?:(?:开始|起)? ?${SEP} ?${END}${TIME})?)`;
/**
 * Not inside a number (0571-87654321, 2019-3-6月), and a Chinese numeral not inside a numeral or
 * after a word that makes it something else (二十三月, 每三月, 第三月, 近三月); 统一于6月底前 is a date.
 */
const NOT_INSIDE = '(?<![\\d\\-/])(?!(?<=[〇○零一二三四五六七八九十每第近几数])[〇○零O一二三四五六七八九十廿])';
const LEAD = '(?:从|自|在|于|截至|截止)';
const TAIL = '(?:前后|左右|以前|之前|底前|前|为止|期间|以内|之内|开始|起|建成|完成|投用|竣工)';
// ISO_RANGE's back references \1 and \2 are the first groups of MENTION: no capturing group may precede it.
// A mention never stops between 月 and a digit (3月28日-4月|15前 would widen the window to April's end).
const MENTION = new RegExp(`${NOT_INSIDE}${LEAD}?${RANGE}(?!(?<=月)\\d)${TAIL}?`, 'g');
const RECURRING = /(?:从[^,。;]{1,14}开始,?)?每(?:个)?(?:季度|月|周|年|半年|旬)[^,。;]{0,16}?(?:日前|日|前)/g;
const SEPARATED = /至|到|[-~—―–〜‐‑−]|\d一/;
const LEAD_WORD = /^(?:于|截至|截止|在)/;
const FRAME_ONLY = /^(?:于|截至|截止)/;
const DAY_PRECISE = /[\d一二三四五六七八九十廿][日号]|\d[-/.]\d{1,2}[-/.]\d/;

/**
 * Every date the text mentions, first to last. The text may be as written (full-width digits and
 * brackets, traditional script): matching runs over the same-length keyword view, so offsets and
 * `text` are those of the original. A match the resolver rejects is shortened from the right
 * (…之前 → …) before it is given up; a bare year (2023年区…) is not a date of the plan.
 */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const key = keywordView(text);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const m of key.matchAll(RECURRING)) {
    const raw = text.slice(m.index, m.index + m[0].length);
    const outcome = resolveDate(raw, ctx);
    if (outcome.ok && outcome.value.kind === 'recurring') {
      found.push({ text: raw, offset: m.index, kind: 'recurring', start: outcome.value.start, end: outcome.value.end, during: false, dayPrecise: false, sentence: sentenceAt(key, m.index) });
      taken.push([m.index, m.index + m[0].length]);
    } else {
      // 从2023年第一季度开始,每季度…: the resolver reads the recurrence without its start.
      const tail = m[0].indexOf('每');
      const retryText = tail > 0 ? raw.slice(tail) : undefined;
      const retry = retryText !== undefined ? resolveDate(retryText, ctx) : undefined;
      if (retryText !== undefined && retry?.ok && retry.value.kind === 'recurring') {
        found.push({ text: retryText, offset: m.index + tail, kind: 'recurring', start: retry.value.start, end: retry.value.end, during: false, dayPrecise: false, sentence: sentenceAt(key, m.index) });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
  }
  // The one compiled pattern, stepped by hand (nothing below calls findDates again).
  const mention = MENTION;
  mention.lastIndex = 0;
  for (let m = mention.exec(key); m !== null; m = mention.exec(key)) {
    const at = m.index;
    if (m[0].length === 0 || taken.some(([s, e]) => at < e && at + m[0].length > s)) {
      mention.lastIndex = at + 1;
      continue;
    }
    let length = m[0].length;
    let outcome = resolveDate(text.slice(at, at + length), ctx);
    while (!outcome.ok && length > 2) {
      length--;
      outcome = resolveDate(text.slice(at, at + length), ctx);
    }
    // What was not read is scanned again: 即日起至3月25日前 without a document date still has 3月25日前.
    mention.lastIndex = outcome.ok ? at + length : at + 1;
    if (!outcome.ok) continue;
    const k = key.slice(at, at + length);
    const during = k.endsWith('期间');
    // 于/截至 only frame the date; 在 does too, except in 在…期间 (the hand encodings keep it there).
    const lead = (during ? FRAME_ONLY : LEAD_WORD).exec(k)?.[0].length ?? 0;
    found.push({
      text: text.slice(at + lead, at + length),
      offset: at + lead,
      kind: outcome.value.kind,
      start: outcome.value.start,
      end: outcome.value.end,
      during,
      dayPrecise: DAY_PRECISE.test(k) || outcome.value.time !== undefined,
      ...(/(?:开始|起)$/.test(k) && !SEPARATED.test(k) ? { startOnly: true } : {}),
      sentence: sentenceAt(key, at),
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function sentenceAt(key: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) {
    const ch = key[i];
    if (ch === '。' || ch === ';' || ch === '!' || ch === '?' || ch === '\n') n++;
  }
  return n;
}

/** A full date: 2019年3月12日, 二〇一九年三月十二日 (〇, ○, 零 or O for zero), 2019-03-12. */
const FULL_DATE = /(?<![\d〇○零O一二三四五六七八九])(?:(\d{4}|[〇○零O一二三四五六七八九]{4}) ?年 ?(\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月 ?(\d{1,2}|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]) ?[日号]|((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-]))/g;

function numeral(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : raw.length === 4 && !/[十廿]/.test(raw) ? digitwiseValue(raw) : cnNumeralValue(raw);
}

/**
 * The ISO date of the first full calendar date in `text` (a signature or issue date): year, month
 * and day in digits (2019年3月12日, full-width too) or Chinese numerals (二〇一九年三月十二日,
 * 二○一九年…, 二零一九年…), or ISO 2019-03-12. A date that is not on the calendar is skipped;
 * undefined when there is none.
 */
export function readDocumentDate(text: string): string | undefined {
  const key = keywordView(text);
  for (const m of key.matchAll(FULL_DATE)) {
    const year = numeral((m[1] ?? m[4]) as string);
    const month = numeral((m[2] ?? m[5]) as string);
    const day = numeral((m[3] ?? m[6]) as string);
    if (!(year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

export type YearSource = 'document-number' | 'chinese-numeral' | 'digits';

export interface YearMention {
  readonly year: number;
  /** How it is written: in a document number (〔2016〕12号, [2016], (2016)), 二〇一六年, or 2016年. */
  readonly from: YearSource;
  readonly count: number;
}

/** 〔2016〕12号, [2016]3号, （2016）, 【2016】: a bracketed year (the keyword view folds ［］（） to []()). */
const DOCUMENT_YEAR = /[〔[(【]\s?((?:19|20)\d{2})\s?[〕\])】]/g;
const CN_YEAR = /(?<![〇○零O一二三四五六七八九十])([〇○零O一二三四五六七八九]{4})年/g;
/** 2016年, and the start of a year range written once (2018—2020年). */
const DIGIT_YEAR = /(?<![\d.\-/])((?:19|20)\d{2})(?:年|\s?(?:至|到|[-~—―–〜]{1,2})\s?(?:19|20)\d{2}年)/g;
const DIGIT_RANGE_END = /(?<![\d.\-/])(?:19|20)\d{2}\s?(?:至|到|[-~—―–〜]{1,2})\s?((?:19|20)\d{2})年/g;

/**
 * The years the text mentions, by how they are written: document numbers (〔2016〕12号, [2016],
 * （2016）), Chinese numerals (二〇一六年, 二○一六年, 二零一六年) and digits (2016年, both ends of
 * 2018—2020年). One entry per year and form, most mentioned first (ties: first mentioned first).
 */
export function yearsMentioned(text: string): YearMention[] {
  const key = keywordView(text);
  const tally = new Map<string, { year: number; from: YearSource; count: number; first: number }>();
  const add = (year: number, from: YearSource, at: number): void => {
    if (!(year >= 1900 && year <= 2199)) return;
    const id = `${from}:${year}`;
    const entry = tally.get(id);
    if (entry) entry.count++;
    else tally.set(id, { year, from, count: 1, first: at });
  };
  for (const m of key.matchAll(DOCUMENT_YEAR)) add(Number(m[1]), 'document-number', m.index);
  for (const m of key.matchAll(CN_YEAR)) add(digitwiseValue(m[1] as string), 'chinese-numeral', m.index);
  for (const m of key.matchAll(DIGIT_YEAR)) add(Number(m[1]), 'digits', m.index);
  for (const m of key.matchAll(DIGIT_RANGE_END)) add(Number(m[1]), 'digits', m.index + m[0].length - 5);
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ year, from, count }) => ({ year, from, count }));
}
