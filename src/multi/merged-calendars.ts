import type { WorkCalendar } from '../dates/holidays/work-calendar.js';
import type { TextArtifact } from '../emit/artifact.js';
import type { CalendarsEmitterOptions } from '../emit/emitters/calendars.js';
import { foldLines } from '../emit/ics/fold.js';
import { calendarHeader, prepareCalendars, type CalendarBook } from '../emit/ics/render-calendar.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { ResolvedPlan } from '../model/plan.js';
import type { UnitMatching } from './match-units.js';
import type { TaskStates } from '../progress/task-states.js';

export interface MergedCalendarPlan {
  /** In the outputs' locale, marked as the plan's own build marks it, its units under their merged ids (in-merged-units.ts). */
  readonly plan: ResolvedPlan;
  readonly calendar?: WorkCalendar | undefined;
  /** The plan's own "now" (its DTSTAMP), as its single build has it. */
  readonly generatedAt: Date;
  /** 【解放思想大讨论活动】: before every SUMMARY of this plan. */
  readonly prefix: string;
  /** The plan's reported states: its events marked as its own build marks them. */
  readonly states?: TaskStates | undefined;
}

/**
 * `calendars/all.ics` and one `calendars/<unit>.ics` per merged unit, holding every plan's events:
 * each event exactly as its plan's own build writes it (same UID, SEQUENCE and DTSTAMP, so a
 * subscriber who switches to the combined calendar sees no duplicates), except that its SUMMARY
 * starts with the plan's short name and its first CATEGORY is the plan's title. Every merged unit
 * gets a file, even one with nothing in it, as in a single build.
 */
export function* mergedCalendars(plans: readonly MergedCalendarPlan[], matching: UnitMatching, options: CalendarsEmitterOptions, language: Language): Iterable<TextArtifact> {
  const books: CalendarBook[] = plans.map(({ plan, calendar, generatedAt, prefix, states }) =>
    prepareCalendars(plan, {
      ...(states ? { states } : {}),
      ...(calendar ? { previousWorkingDays: (date: string, n: number) => calendar.addWorkingDays(date, -n) } : {}),
      ...options,
      generatedAt,
      planLabel: { summaryPrefix: prefix, category: plan.title },
    }),
  );
  const first = plans[0]!.plan;
  const titles = plans.map((p) => p.plan.title).join(t(language, 'multi.plans-joined'));
  const count = plans.length;
  const prodId = `-//plan-compiler//plan 0.1//${first.locale === 'en' ? 'EN' : 'ZH'}`;
  const file = (name: string, description: string, parts: readonly { blocks: string; vtimezone: string }[]): string => {
    const header = calendarHeader({ prodId, name, description, timezone: first.timezone, refresh: options.refreshInterval ?? 'P1D' });
    // One VTIMEZONE per zone, however many plans' events use it.
    const zones = [...new Set(parts.map((p) => p.vtimezone).filter((z) => z !== ''))];
    return foldLines(header) + zones.join('') + parts.map((p) => p.blocks).join('') + 'END:VCALENDAR\r\n';
  };
  yield {
    path: 'calendars/all.ics',
    contents: file(t(language, 'multi.calendar.name-all', { count }), t(language, 'multi.calendar.description-all', { count, titles }), books.map((b) => b.body())),
    mediaType: 'text/calendar',
  };
  for (const unit of matching.units) {
    const parts = unit.members.map((m) => books[m.planIndex]!.body([unit.id]));
    const unitTitles = unit.members.map((m) => m.plan.title).join(t(language, 'multi.plans-joined'));
    yield {
      path: `calendars/${unit.id}.ics`,
      contents: file(
        t(language, 'multi.calendar.name-unit', { unit: unit.name }),
        t(language, 'multi.calendar.description-unit', { unit: unit.name, count: unit.members.length, titles: unitTitles }),
        parts,
      ),
      mediaType: 'text/calendar',
    };
  }
}
