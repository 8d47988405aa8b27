import { UsageError } from '../diagnostics/errors.js';
import { labels as catalogueLabels } from '../i18n/catalogue/en/labels.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { words } from '../i18n/words.js';
import type { Locale } from '../model/plan.js';

// The words live in the catalogue (src/i18n/catalogue/{en,zh}/labels.ts); this file gives the
// summary and unit-list templates the same flat table they always read (`it.labels.colon`).

const PREFIX = 'labels.summary.';

/** `timeline-omitted` → `timelineOmitted`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

type SummaryKey = Extract<keyof typeof catalogueLabels, `${typeof PREFIX}${string}`>;

/**
 * Every fixed word the summary and the unit lists print, by the camel-cased name of its catalogue
 * key (`labels.summary.timeline-omitted` → `timelineOmitted`), and `lang`, the document's
 * language tag. Labels with placeholders (`{{n}}`) are filled with `fillLabel`.
 */
export type Labels = { readonly lang: string } & {
  readonly [K in SummaryKey as K extends `${typeof PREFIX}${infer Name}` ? Camel<Name> : never]: string;
};

const camel = (name: string): string => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The catalogue's language for a plan locale. */
export function languageOfLocale(locale: Locale): Language {
  return locale === 'en' ? 'en' : 'zh';
}

function buildLabels(locale: Locale): Labels {
  const language = languageOfLocale(locale);
  const table: Record<string, string> = { lang: locale === 'en' ? 'en' : 'zh-CN' };
  for (const key of Object.keys(catalogueLabels) as (keyof typeof catalogueLabels)[]) {
    if (key.startsWith(PREFIX)) table[camel(key.slice(PREFIX.length))] = t(language, key);
  }
  return table as Labels;
}

// Built once per locale, on first use: every output of a build shares the one table.
const built = new Map<Locale, Labels>();

/** The label table for a plan locale; zh-CN for anything unknown. */
export function labelsFor(locale: Locale): Labels {
  let labels = built.get(locale);
  if (labels === undefined) {
    labels = buildLabels(locale);
    built.set(locale, labels);
  }
  return labels;
}

/** `--locale` as given on the command line (`zh`, `zh-CN`, `en`); undefined keeps the plan's own. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh' || value === 'zh-CN') return 'zh-CN';
  if (value === 'en') return 'en';
  throw new UsageError(words('cli.flag.locale', { value: words('quote', { text: value }) }));
}
