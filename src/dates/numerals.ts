/**
 * Chinese numerals as written in plans: positional (十二, 二十八, 廿八, 三十一) for months and days,
 * and digit-by-digit for years (二〇〇九, 二○○九 with a white circle, 二OO九 with a Latin O).
 */

const DIGIT: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'O': 0, 'o': 0, 'Ｏ': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

const UNIT: Readonly<Record<string, number>> = { '十': 10, '廿': 20, '卅': 30, '百': 100 };

/** A character that can be part of a Chinese numeral run (Latin O only next to other numerals). */
export function isCnNumeralChar(ch: string): boolean {
  return (DIGIT[ch] !== undefined && ch !== 'O' && ch !== 'o' && ch !== 'Ｏ') || UNIT[ch] !== undefined;
}

export function isCnZeroLike(ch: string): boolean {
  return ch === 'O' || ch === 'o' || ch === 'Ｏ';
}

/** True when the run has a unit character, so it is read positionally (十二 = 12). */
export function isPositional(run: string): boolean {
  for (const ch of run) if (UNIT[ch] !== undefined) return true;
  return false;
}

/** Digit-by-digit value: 二〇〇九 → 2009, 二三 → 23. NaN when a unit character is present. */
export function digitwiseValue(run: string): number {
  let v = 0;
  for (const ch of run) {
    const d = DIGIT[ch];
    if (d === undefined) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Positional value up to 999: 十 = 10, 十二 = 12, 二十 = 20, 二十八 = 28, 廿八 = 28, 一百 = 100. */
export function positionalValue(run: string): number {
  let total = 0;
  let pending = -1;
  for (const ch of run) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (pending >= 0 && d !== 0) return NaN; // 二三十 is not a number
      pending = d === 0 ? (pending < 0 ? -1 : pending) : d;
      continue;
    }
    const unit = UNIT[ch];
    if (unit === undefined) return NaN;
    if (unit === 20 || unit === 30) {
      if (pending >= 0 || total > 0) return NaN;
      total += unit;
    } else {
      total += (pending < 0 ? 1 : pending) * unit;
    }
    pending = -1;
  }
  return total + (pending < 0 ? 0 : pending);
}

/** The value of a numeral run: positional when it has 十/廿/卅/百, else digit by digit. */
export function cnNumeralValue(run: string): number {
  return isPositional(run) ? positionalValue(run) : digitwiseValue(run);
}
