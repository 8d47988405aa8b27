import { parse } from 'yaml';
import { chooseLanguage, localeOfData, type Language } from './language.js';

/**
 * The language for one plan file's messages, reading `plan.locale` from its text when no flag
 * decides. A text that does not parse has no locale: the environment then decides.
 */
export function languageForText(text: string, flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (flag !== undefined) return chooseLanguage({ flag, env });
  let locale: string | undefined;
  try {
    locale = localeOfData(parse(text, { maxAliasCount: 100 }));
  } catch {
    locale = undefined;
  }
  return chooseLanguage({ locale, env });
}
