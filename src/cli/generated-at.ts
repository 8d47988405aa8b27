import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan } from '../model/plan.js';

/**
 * "Now" for outputs (DTSTAMP, "generated on"): SOURCE_DATE_EPOCH when set (reproducible-builds.org),
 * else the plan's issue date, else its start. Never the clock, so rebuilding gives the same bytes.
 */
export function generatedAt(env: Readonly<Record<string, string | undefined>>, plan: ResolvedPlan, language: Language = 'en'): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(t(language, 'cli.flag.source-date-epoch', { value: t(language, 'quote', { text: epoch }) }));
    return new Date(Number(epoch) * 1000);
  }
  return new Date(`${plan.issued ?? plan.start}T00:00:00Z`);
}
