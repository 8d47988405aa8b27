import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../i18n/language.js';
import { quotedList, t, where } from '../../i18n/messages.js';
import { chineseKeyNames } from './chinese-key-names.js';
import { placeKeys, placeOf, type Place } from './places.js';

const HAN = /[\u3400-\u9fff]/;

/** The English keys a Chinese key name may stand for at this place (none: not a name we know). */
export function englishKeysFor(name: string, place: Place): string[] {
  const allowed: readonly string[] = placeKeys[place];
  return (Object.hasOwn(chineseKeyNames, name) ? chineseKeyNames[name]! : []).filter((key) => allowed.includes(key));
}

/**
 * The validator calls `标题:` an unknown key; say instead that it is a key typed in Chinese and
 * which English key belongs there (or which ones, when the place leaves a choice). Only keys
 * with hanzi in places whose keys the schema fixes; everything else passes through unchanged.
 */
export function chineseKeySlips(diagnostics: readonly Diagnostic[], language: Language): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.code !== 'schema-unknown-key') return d;
    const key = d.path[d.path.length - 1];
    const parent = d.path.slice(0, -1);
    const place = placeOf(parent);
    if (typeof key !== 'string' || !HAN.test(key) || !place) return d;
    const english = englishKeysFor(key.trim(), place);
    const at = where(language, parent);
    const message =
      english.length === 1
        ? t(language, 'slips.yaml-chinese-key.one', { key, where: at, suggestion: english[0]! })
        : english.length > 1
          ? t(language, 'slips.yaml-chinese-key.choice', { key, where: at, choices: quotedList(language, english) })
          : t(language, 'slips.yaml-chinese-key.unknown', { key, where: at, allowed: placeKeys[place].join(', ') });
    return { ...d, code: 'yaml-chinese-key', message, suggestions: english };
  });
}
