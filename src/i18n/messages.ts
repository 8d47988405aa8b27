import { interpolate } from '../diagnostics/interpolate.js';
import type { PlanPath } from '../diagnostics/diagnostic.js';
import type { Language } from './language.js';
import { englishWords, type MessageKey } from './catalogue/en.js';
import { chineseWords } from './catalogue/zh.js';
import { whereZh } from './catalogue/zh/where.js';

export type { MessageKey } from './catalogue/en.js';

const catalogues: Readonly<Record<Language, () => Readonly<Record<MessageKey, string>>>> = { en: englishWords, zh: chineseWords };

/** The message `key` in `language`, placeholders filled. */
export function t(language: Language, key: MessageKey, data: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(catalogues[language]()[key], data);
}

/** `'a' or 'b'` / `“a”或“b”`. */
export function quotedList(language: Language, items: readonly string[]): string {
  return items.map((text) => t(language, 'quote', { text })).join(t(language, 'list.or'));
}

/** The lists whose entries Chinese names by what they hold (第2阶段, 第4项任务). */
const isNamedList = (key: string): key is keyof typeof whereZh.entry => Object.hasOwn(whereZh.entry, key);

/**
 * Where in the plan, for a message: English keeps the dotted path (`phases.1.tasks.3.due`);
 * Chinese reads like the document (第2阶段第4项任务的“due”).
 */
export function where(language: Language, path: PlanPath): string {
  if (path.length === 0) return t(language, 'where.document');
  if (language === 'en') return path.join('.');
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && isNamedList(key)) {
      out += interpolate(whereZh.entry[key], { n: next + 1 });
      i++;
    } else if (typeof key === 'number') {
      out += interpolate(whereZh.item, { n: key + 1 });
    } else {
      out += interpolate(out ? whereZh.keyAfter : whereZh.key, { key });
    }
  }
  return out;
}
