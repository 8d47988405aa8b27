import type { Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { Locale } from '../../model/plan.js';
import { readableDate } from '../summary/format.js';

/**
 * The heading numeral of a Chinese document (一 … 十、十一 … 九十九) from the catalogue's digits;
 * digits past 99, or a language with no numeral digits (English), give Arabic ones.
 */
export function headingNumeral(language: Language): (n: number) => string {
  const digits = [...t(language, 'docx.numeral-digits')];
  const ten = t(language, 'docx.numeral-ten');
  if (digits.length !== 10 || ten === '') return String;
  return (n) => {
    if (n < 1 || n > 99) return String(n);
    const tens = Math.floor(n / 10);
    const units = n % 10;
    if (tens === 0) return digits[units]!;
    return `${tens === 1 ? '' : digits[tens]!}${ten}${units === 0 ? '' : digits[units]!}`;
  };
}

/**
 * A date with its year always written (2018年5月2日, 2 May 2018), as a document's date line is:
 * no plan year matches NaN, so readableDate never drops the year.
 */
export function fullDate(iso: string, locale: Locale): string {
  return readableDate(iso, locale, Number.NaN);
}
