import { KEYWORDS_BY_FIRST, SEPARATOR_WORDS, WEEKDAY_CHAR } from './keywords.js';
import { cnNumeralValue, isCnNumeralChar, isCnZeroLike } from './numerals.js';

/** Spans are [start, end) in the NORMALISED text; `normalise.originalSpan` maps them back. */
interface Span {
  readonly start: number;
  readonly end: number;
}

export type Token =
  | (Span & { readonly kind: 'num'; readonly value: number; readonly raw: string; readonly cn: boolean })
  | (Span & { readonly kind: 'iso'; readonly year: number; readonly month: number; readonly day: number })
  /** A dotted year and month as plan tables write them: 2005.1, 2019.03 (in 2005.1—4, 2005.8—2006.3). */
  | (Span & { readonly kind: 'ym'; readonly year: number; readonly month: number })
  | (Span & { readonly kind: 'clock'; readonly hour: number; readonly minute: number })
  | (Span & { readonly kind: 'sep' })
  | (Span & { readonly kind: 'kw'; readonly word: string })
  | (Span & { readonly kind: 'weekday'; readonly value: number })
  | (Span & { readonly kind: 'placeholder' })
  | (Span & { readonly kind: 'punct'; readonly ch: string })
  | (Span & { readonly kind: 'word'; readonly text: string });

// Range separators that NFKC leaves alone: 〜 U+301C, — U+2014, ― U+2015, – U+2013, plus ASCII.
const DASHES = new Set(['-', '~', '〜', '—', '―', '–', '‐', '‑', '−']);
const PUNCT = new Set(['(', ')', '[', ']', '【', '】', '〔', '〕', '、', ',', ';', ':', '.', '。', '《', '》', '"', "'", '“', '”']);
const PLACEHOLDER = new Set(['*', '×', '_', 'x', 'X']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function digitsAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * `(周六)`, `(星期六)`, `(礼拜天)`, bare `星期六`, and bare `周六` straight after a day
 * (`2月14日周六`; elsewhere 周 is the week of 每周): returns [weekday, end] or undefined.
 */
function weekdayAt(text: string, i: number, afterDay: boolean): [number, number] | undefined {
  const open = text[i] === '(';
  let j = open ? i + 1 : i;
  if (text.startsWith('星期', j) || text.startsWith('礼拜', j)) j += 2;
  else if ((open || afterDay) && text[j] === '周') j += 1;
  else return undefined;
  const value = WEEKDAY_CHAR[text[j] ?? ''];
  if (value === undefined || value < 0) return undefined;
  j++;
  if (open) {
    if (text[j] !== ')') return undefined;
    j++;
  }
  return [value, j];
}

/** Splits normalised text into tokens; unknown runs become `word` tokens for the parser to reject. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  const flushWord = (end: number): void => {
    if (wordStart >= 0) tokens.push({ kind: 'word', text: text.slice(wordStart, end), start: wordStart, end });
    wordStart = -1;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\n' || ch === '\r') {
      flushWord(i);
      i++;
      continue;
    }
    if (isDigit(code)) {
      flushWord(i);
      const end = digitsAt(text, i);
      const raw = text.slice(i, end);
      const sepCh = text[end];
      // ISO-like 2018-12-18, 2018/12/18, 2018.12.18 (one separator used twice).
      if (raw.length === 4 && (sepCh === '-' || sepCh === '/' || sepCh === '.')) {
        const mEnd = digitsAt(text, end + 1);
        if (mEnd - end - 1 >= 1 && mEnd - end - 1 <= 2 && text[mEnd] === sepCh) {
          const dEnd = digitsAt(text, mEnd + 1);
          if (dEnd - mEnd - 1 >= 1 && dEnd - mEnd - 1 <= 2) {
            tokens.push({ kind: 'iso', year: Number(raw), month: Number(text.slice(end + 1, mEnd)), day: Number(text.slice(mEnd + 1, dEnd)), start: i, end: dEnd });
            i = dEnd;
            continue;
          }
        }
      }
      // Dotted year and month: 2005.1—4, 2005.8—2006.3 (a year 1900–2099, then one or two digits).
      if (raw.length === 4 && sepCh === '.' && (raw.startsWith('19') || raw.startsWith('20'))) {
        const mEnd = digitsAt(text, end + 1);
        if (mEnd - end - 1 >= 1 && mEnd - end - 1 <= 2 && !(text[mEnd] === '.' && isDigit(text.charCodeAt(mEnd + 1)))) {
          tokens.push({ kind: 'ym', year: Number(raw), month: Number(text.slice(end + 1, mEnd)), start: i, end: mEnd });
          i = mEnd;
          continue;
        }
      }
      // Clock time 8:30 / 14:00.
      if (raw.length <= 2 && sepCh === ':') {
        const mEnd = digitsAt(text, end + 1);
        if (mEnd - end - 1 === 2) {
          tokens.push({ kind: 'clock', hour: Number(raw), minute: Number(text.slice(end + 1, mEnd)), start: i, end: mEnd });
          i = mEnd;
          continue;
        }
      }
      // Template years: 20**年, 20xx年.
      if (raw.length === 2 && PLACEHOLDER.has(text[end] ?? '')) {
        let j = end;
        while (j < text.length && PLACEHOLDER.has(text[j] as string)) j++;
        if (text[j] === '年') {
          tokens.push({ kind: 'placeholder', start: i, end: j });
          i = j;
          continue;
        }
      }
      tokens.push({ kind: 'num', value: Number(raw), raw, cn: false, start: i, end });
      i = end;
      continue;
    }
    if (PLACEHOLDER.has(ch)) {
      let j = i;
      while (j < text.length && PLACEHOLDER.has(text[j] as string)) j++;
      // xxxx年 needs the run to be long: a single x before 年 is more likely a typo than a template.
      if (text[j] === '年' && (ch === '*' || ch === '_' || ch === '×' || j - i >= 2)) {
        flushWord(i);
        tokens.push({ kind: 'placeholder', start: i, end: j });
        i = j;
        continue;
      }
    }
    if (ch === '(' || ch === '星' || ch === '礼' || ch === '周') {
      const prev = tokens[tokens.length - 1];
      const afterDay = wordStart < 0 && (prev?.kind === 'iso' || (prev?.kind === 'kw' && (prev.word === '日' || prev.word === '号')));
      const wd = weekdayAt(text, i, afterDay);
      if (wd) {
        flushWord(i);
        tokens.push({ kind: 'weekday', value: wd[0], start: i, end: wd[1] });
        i = wd[1];
        continue;
      }
      if (ch === '(' && text.startsWith('农历', i + 1)) {
        // Lunar annotations such as (农历除夕) add nothing to a Gregorian date: skip them.
        const close = text.indexOf(')', i);
        if (close > 0) {
          flushWord(i);
          i = close + 1;
          continue;
        }
      }
    }
    const candidates = KEYWORDS_BY_FIRST.get(ch);
    if (candidates) {
      let matched: string | undefined;
      for (const word of candidates) {
        if (text.startsWith(word, i)) {
          matched = word;
          break;
        }
      }
      if (matched !== undefined) {
        flushWord(i);
        const end = i + matched.length;
        tokens.push(SEPARATOR_WORDS.has(matched) ? { kind: 'sep', start: i, end } : { kind: 'kw', word: matched, start: i, end });
        i = end;
        continue;
      }
    }
    if (isCnNumeralChar(ch) || (isCnZeroLike(ch) && isCnNumeralChar(text[i + 1] ?? '') )) {
      flushWord(i);
      let j = i + 1;
      while (j < text.length && (isCnNumeralChar(text[j] as string) || isCnZeroLike(text[j] as string))) j++;
      const raw = text.slice(i, j);
      tokens.push({ kind: 'num', value: cnNumeralValue(raw), raw, cn: true, start: i, end: j });
      i = j;
      continue;
    }
    if (DASHES.has(ch) || (ch === '.' && text[i + 1] === '.')) {
      flushWord(i);
      let j = i + 1;
      while (j < text.length && (DASHES.has(text[j] as string) || text[j] === '.')) j++;
      tokens.push({ kind: 'sep', start: i, end: j });
      i = j;
      continue;
    }
    if (PUNCT.has(ch)) {
      flushWord(i);
      tokens.push({ kind: 'punct', ch, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    i++;
  }
  flushWord(text.length);
  return tokens;
}
