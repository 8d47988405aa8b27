/** The languages messages come in. Codes, paths and JSON keys never change with it. */
export type Language = 'en' | 'zh';

/** `zh-CN`, `zh_TW.UTF-8`, `zh` → zh; `en`, `en-US` → en; anything else: no opinion. */
export function languageOfTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** LC_ALL overrides LANG (POSIX order); only a zh locale switches away from English. */
export function languageOfEnv(env: Readonly<Record<string, string | undefined>>): Language | undefined {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOfTag(tag) === 'zh' ? 'zh' : undefined;
}

/** The `plan.locale` of parsed (not yet validated) data, if it is readable. */
export function localeOfData(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const plan = (data as { plan?: unknown }).plan;
  if (typeof plan !== 'object' || plan === null) return undefined;
  const locale = (plan as { locale?: unknown }).locale;
  return typeof locale === 'string' ? locale : undefined;
}

/**
 * One run's message language: --lang (or the config's `lang`), then the plan's own locale,
 * then the environment, then English. Each file may differ when the plans' locales do.
 */
export function chooseLanguage(choice: { flag?: string | undefined; locale?: string | undefined; env?: Readonly<Record<string, string | undefined>> }): Language {
  return languageOfTag(choice.flag) ?? languageOfTag(choice.locale) ?? (choice.env ? languageOfEnv(choice.env) : undefined) ?? 'en';
}
