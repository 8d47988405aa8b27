/**
 * A list counter as Word shows it, for each `w:numFmt` a Chinese plan uses (and the common
 * Western ones). Formats Word knows but plans do not use (Hebrew, Thai, ordinal words…) fall
 * back to decimal, which keeps the label's structure (`%1.` stays a number followed by a dot).
 */

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * Chinese counting (一, 十, 十一, 二十一, 一百零五, 一千零一十): the numbers written out, as
 * Word's chineseCounting / chineseCountingThousand / japaneseCounting show them for the
 * small counts of a list. A leading 一十 is written 十 (Word does the same under 20).
 */
export function chineseCounting(n: number, digits = CHINESE_DIGITS, units = ['', '十', '百', '千'], zero = '零'): string {
  if (n === 0) return digits[0]!;
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    return `${chineseCounting(high, digits, units, zero)}万${low === 0 ? '' : (low < 1000 ? zero : '') + chineseCounting(low, digits, units, zero)}`;
  }
  let text = '';
  let pendingZero = false;
  for (let power = 3; power >= 0; power--) {
    const digit = Math.floor(n / 10 ** power) % 10;
    if (digit === 0) {
      if (text) pendingZero = true;
      continue;
    }
    if (pendingZero) text += zero;
    pendingZero = false;
    text += digits[digit]! + units[power]!;
  }
  // 一十二 → 十二 for the plain counting forms (the legal form keeps 壹拾).
  return units[1] === '十' && n >= 10 && n < 20 ? text.slice(1) : text;
}

/** Each digit as an ideograph (10 → 一〇): Word's ideographDigital / taiwaneseDigital. */
function ideographDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]!);
}

/** ①…⑳, ㉑…㉟, ㊱…㊿; Word itself falls back to plain numbers past 50. */
function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** a…z, then aa…zz, aaa… (Word repeats the letter rather than counting like spreadsheet columns). */
function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let text = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return upper ? text.toUpperCase() : text;
}

/** A cyclic series (甲乙丙…): Word starts again at the first symbol after the last. */
function cyclic(n: number, symbols: string): string {
  return n < 1 ? String(n) : symbols[(n - 1) % symbols.length]!;
}

/** `n` shown in the numbering format `numFmt` (a `w:numFmt` value). `bullet` and `none` give ''. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographLegalTraditional':
      return chineseCounting(n, '零壹貳參肆伍陸柒捌玖', ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return ideographDigits(n);
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3220 + n - 1) : chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n, false);
    case 'upperRoman':
      return roman(n, true);
    default:
      return String(n);
  }
}
