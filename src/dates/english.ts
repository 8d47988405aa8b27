import { DateFailure } from './failure.js';

/**
 * English wording (`--lang en` plans, English YAML) rewritten into the equivalent Chinese form,
 * which the Chinese grammar then resolves: "early May" → 5月上旬, "by the end of June 2019" →
 * 2019年6月底前, "November to March next year" → 11月至次年3月, "every month by the 28th" → 每月28日前.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
const MODIFIERS: Readonly<Record<string, string>> = {
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'end',
};
const FILLER = new Set(['the', 'of', 'in', 'on', 'at', 'a', 'an', 'during', 'this', ',', 'year', 'from', 'and', 'within_filler']);
const CONNECTORS = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—', '~']);
const DEADLINE = new Set(['by', 'before', 'due']);
const APPROX = new Set(['around', 'about', 'approximately', 'circa', 'roughly']);
const ONGOING = new Set(['ongoing', 'continuous', 'continuing', 'continually', 'long-term', 'permanent']);
const RECURRING: Readonly<Record<string, string>> = {
  monthly: '每月', weekly: '每周', quarterly: '每季度', annually: '每年', yearly: '每年', daily: '每天',
};
const UNITS: Readonly<Record<string, string>> = {
  month: '月', months: '月', week: '周', weeks: '周', quarter: '季度', quarters: '季度', year: '年', years: '年', day: '天', days: '天',
};

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[a-z][a-z0-9]*(?:-[a-z]+)?|\d+(?:st|nd|rd|th)?|[^\sa-z\d]/g;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    let t = m[0];
    const start = m.index;
    // mid-December / early-May: the hyphen joins a modifier, it is not a range separator.
    const dash = t.indexOf('-');
    if (dash > 0 && MODIFIERS[t.slice(0, dash)] !== undefined) {
      out.push({ text: t.slice(0, dash), start, end: start + dash });
      t = t.slice(dash + 1);
      out.push({ text: t, start: start + dash + 1, end: start + m[0].length });
      continue;
    }
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}

/** One English date phrase (between connectors) rendered in Chinese. */
function renderSegment(seg: readonly Word[], deadline: boolean, inRangeEnd: boolean): string {
  let year: number | undefined;
  let rel: string | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let mod: string | undefined;
  let quarter: number | undefined;
  let half: string | undefined;
  let wholeYear = false;
  for (let i = 0; i < seg.length; i++) {
    const w = seg[i] as Word;
    const next = seg[i + 1]?.text;
    const t = w.text;
    if (MONTHS[t] !== undefined) month = MONTHS[t];
    else if (MODIFIERS[t] !== undefined) mod = MODIFIERS[t];
    else if (/^\d{4}$/.test(t)) year = Number(t);
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(t)) day = parseInt(t, 10);
    else if (/^q[1-4]$/.test(t)) quarter = Number(t[1]);
    else if (t === 'h1' || t === 'h2') half = t === 'h1' ? '上半年' : '下半年';
    else if (ORDINALS[t] !== undefined && (next === 'half' || next === 'quarter')) {
      if (next === 'half') half = ORDINALS[t] === 1 ? '上半年' : '下半年';
      else quarter = ORDINALS[t];
      i++;
    } else if ((t === 'next' || t === 'last' || t === 'this') && next === 'year') {
      rel = t === 'next' ? (inRangeEnd ? '次年' : '明年') : t === 'last' ? '去年' : '今年';
      i++;
    } else if (t === 'whole' || t === 'full' || t === 'all' || t === 'throughout') wholeYear = true;
    else if (!FILLER.has(t)) throw new DateFailure('date-unparseable', 'dates.english.unexpected', w.start, w.end, { text: w.text });
  }
  const y = year !== undefined ? `${year}年` : (rel ?? '');
  if (quarter !== undefined) return `${y}第${quarter}季度${mod === 'end' ? '末' : ''}`;
  if (half !== undefined) return `${y}${half}`;
  if (month !== undefined) {
    const part = day !== undefined ? `${day}日` : mod === 'early' ? '上旬' : mod === 'mid' ? '中旬' : mod === 'late' ? '下旬' : mod === 'end' || deadline ? '底' : '';
    return `${y}${month}月${part}`;
  }
  if (day !== undefined) return `${y}${day}日`;
  const yearWord = year !== undefined ? String(year) : (rel ?? '');
  if (mod === 'end' || (deadline && !wholeYear)) return `${yearWord}年底`;
  if (mod === 'early') return `${yearWord}年初`;
  if (mod === 'mid') return `${yearWord}年中`;
  if (y !== '') return y;
  if (wholeYear || seg.some((w) => w.text === 'year')) return '全年';
  const at = seg[0];
  throw new DateFailure('date-unparseable', 'dates.english.expected', at?.start ?? 0, at?.end ?? 0);
}

const yearOf = (seg: readonly Word[]): Word | undefined => seg.find((w) => /^\d{4}$/.test(w.text));
const monthOf = (seg: readonly Word[]): number | undefined => seg.map((w) => MONTHS[w.text]).find((m) => m !== undefined);

/**
 * English writes the year once, at the end ("from 1 May to 30 June 2019"); Chinese writes it at
 * the start and lets the end inherit it. Give the start the end's year (the year before when its
 * month comes later, as in "November to March 2019").
 */
function lendYearToStart(segments: Word[][]): void {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last || first === last || yearOf(first) !== undefined) return;
  const year = yearOf(last);
  if (year === undefined) return;
  const m1 = monthOf(first);
  const m2 = monthOf(last);
  const y = Number(year.text) - (m1 !== undefined && m2 !== undefined && m1 > m2 ? 1 : 0);
  first.push({ text: String(y), start: year.start, end: year.end });
}

export function looksEnglish(text: string): boolean {
  return /[a-zA-Z]/.test(text) && !/[\u3000-\u9fff]/.test(text);
}

/** English → Chinese date wording; throws a DateFailure pointing at the word it cannot read. */
export function englishToChinese(text: string): string {
  const all = words(text);
  if (all.length === 1 && ONGOING.has(all[0]?.text ?? '')) return '持续推进';
  let i = 0;
  let prefix = '';
  let deadline = false;
  let approx = false;
  let open = false;
  const first = all[0]?.text;
  const unit = all[1]?.text;
  if ((first === 'every' || first === 'each') && unit !== undefined && UNITS[unit] !== undefined) {
    prefix = `每${UNITS[unit]}`;
    i = 2;
  } else if (first !== undefined && RECURRING[first] !== undefined) {
    prefix = RECURRING[first] as string;
    i = 1;
  } else if (first === 'within' && all.length >= 3) {
    const n = all[1]?.text ?? '';
    const rest = all.slice(2).map((w) => w.text).join(' ');
    const u = rest === 'working days' || rest === 'business days' || rest === 'workdays' ? '个工作日' : rest.startsWith('month') ? '个月' : rest.startsWith('week') ? '周' : rest.startsWith('day') ? '日' : undefined;
    if (u !== undefined && /^\d+$/.test(n)) return `${n}${u}内`;
  }
  const segments: Word[][] = [[]];
  for (; i < all.length; i++) {
    const w = all[i] as Word;
    if (DEADLINE.has(w.text)) deadline = true;
    else if (APPROX.has(w.text)) approx = true;
    else if (w.text === 'since' || w.text === 'onwards' || w.text === 'onward' || w.text === 'starting') open = true;
    else if (ONGOING.has(w.text)) return '持续推进';
    else if (CONNECTORS.has(w.text) && (segments[segments.length - 1]?.length ?? 0) > 0) segments.push([]);
    else segments[segments.length - 1]?.push(w);
  }
  if (prefix !== '' && segments.length === 1 && segments[0]?.length === 0) return prefix;
  lendYearToStart(segments);
  const rendered = segments.map((seg, k) => renderSegment(seg, deadline && k === segments.length - 1 && segments.length === 1, k > 0));
  let out = prefix + rendered.join('至');
  if (deadline) out += '前';
  if (approx) out += '前后';
  if (open) out += '起';
  return out;
}
