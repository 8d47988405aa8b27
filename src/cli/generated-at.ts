import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan } from '../model/plan.js';

/**
 * "Now" for outputs (DTSTAMP, "generated on"): SOURCE_DATE_EPOCH when set (reproducible-builds.org),
 * else the plan's issue date, else its start, plus (revision − 1) seconds. Never the clock, so
 * rebuilding gives the same bytes; the seconds make each revision's DTSTAMP later than the one
 * before although the issue date stays the same (clients may ignore an update that is not newer).
 * Events that progress reports changed carry a later DTSTAMP of their own (src/emit/ics/progress-marks.ts).
 */
export function generatedAt(env: Readonly<Record<string, string | undefined>>, plan: ResolvedPlan, language: Language = 'en'): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(t(language, 'cli.flag.source-date-epoch', { value: t(language, 'quote', { text: epoch }) }));
    return new Date(Number(epoch) * 1000);
  }
  const day = Date.parse(`${plan.issued ?? plan.start}T00:00:00Z`);
  return new Date(day + Math.max(0, plan.revision - 1) * 1000);
}
