/**
 * A plan's calendars: all of it, or what some units lead or support.
 *
 * Speed: every component is built, serialized and folded once (`prepareCalendars`), then each
 * calendar is a concatenation of the blocks of its tasks, found through a unit → tasks index
 * built in one pass. 10,000 tasks and 500 unit calendars take tens of milliseconds.
 */
import type { IsoDate } from '../../dates/types.js';
import type { ResolvedPlan } from '../../model/plan.js';
import { planComponents } from './events.js';
import { foldLines } from './fold.js';
import { icsLabels } from './labels.js';
import type { CalComponent, TaskComponents } from './model.js';
import { cancelled, previousEvents, sequenceOf } from './revisions.js';
import { componentLines } from './serialize.js';
import { addDays, escapeText, icsUtc } from './text.js';
import { withUniqueUids } from './unique-uids.js';
import { vtimezoneLines } from './vtimezone.js';
import { languageOfTag } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';
import type { TaskStates } from '../../progress/task-states.js';
import { markProgress, type ProgressMarks } from './progress-marks.js';

export interface CalendarOptions {
  /** Only tasks these units lead or support (unit ids); undefined = every task. */
  readonly units?: readonly string[];
  /** DTSTAMP and LAST-MODIFIED: SOURCE_DATE_EPOCH or the plan's own dates, never the clock. */
  readonly generatedAt: Date;
  /** Calendar name (NAME, X-WR-CALNAME); default: the plan title, plus the unit names. */
  readonly name?: string;
  /** Calendar description (X-WR-CALDESC); default: what the calendar holds. */
  readonly description?: string;
  /** Also emit a VTODO per dated task (off by default: Google and iOS Calendar hide VTODO). */
  readonly todo?: boolean;
  /** How ongoing measures appear: one all-day event across the span (default), or not at all. */
  readonly ongoing?: 'span' | 'none';
  /** Opt-in reminders (VALARM), at 09:00 this many working days before the due day. */
  readonly alarms?: readonly { readonly workingDaysBefore: number }[];
  /** The day `n` working days before `date` (the holiday module); calendar days if absent. */
  readonly previousWorkingDays?: (date: IsoDate, n: number) => IsoDate;
  /** REFRESH-INTERVAL / X-PUBLISHED-TTL, an RFC 5545 duration; default one day. */
  readonly refreshInterval?: string;
  /** The previous revision (`--base`): SEQUENCE follows what changed, removed events are cancelled (revisions.ts). */
  readonly base?: ResolvedPlan;
  /** Each task's reported state: done, paused and cancelled tasks are marked (progress-marks.ts). */
  readonly states?: TaskStates;
  /**
   * Which plan an event belongs to, in a calendar that holds several (`plan build A B`): the
   * prefix goes before every SUMMARY, the category first among CATEGORIES. UIDs do not change.
   */
  readonly planLabel?: { readonly summaryPrefix: string; readonly category: string };
}

export type BookOptions = Omit<CalendarOptions, 'units' | 'name' | 'description'>;

/** The components of a plan, serialized once, from which any unit selection is rendered. */
export interface CalendarBook {
  /** Calendar text (CRLF, folded) for the given units (undefined = all). */
  render(units?: readonly string[], labels?: { readonly name?: string; readonly description?: string }): string;
  /** How many tasks a selection holds. */
  taskCount(units?: readonly string[]): number;
  /** One calendar object per UID (`plan ics --split`): live events, then cancelled ones. */
  objects(units?: readonly string[]): readonly { readonly uid: string; readonly text: string }[];
  /** Units of the base revision that this one no longer declares (their calendars still hold cancellations). */
  formerUnits(): readonly string[];
  /**
   * The components of a selection without the calendar around them, for a calendar that joins
   * several plans (src/multi/): the serialized blocks, and the VTIMEZONE they need ('' if none).
   */
  body(units?: readonly string[]): { readonly blocks: string; readonly vtimezone: string };
}

const calendarDays = (date: IsoDate, n: number): IsoDate => addDays(date, -n);

export function prepareCalendars(plan: ResolvedPlan, options: BookOptions): CalendarBook {
  const labels = icsLabels(plan.locale);
  const tz = vtimezoneLines(plan.timezone);
  const stamp = icsUtc(options.generatedAt);
  const eventOptions = {
    todo: options.todo ?? false,
    ongoing: options.ongoing ?? 'span',
    alarms: options.alarms ?? [],
    previousWorkingDays: options.previousWorkingDays ?? calendarDays,
    timesAllowed: tz !== undefined,
  } as const;
  const tasks = withUniqueUids(labelled(planComponents(plan, labels, eventOptions), options.planLabel));
  // The base revision's events, built with the same options, to compare with (revisions.ts).
  const { base } = options;
  const previous = base === undefined ? undefined : previousEvents(withUniqueUids(planComponents(base, icsLabels(base.locale), eventOptions)), base.timezone, base.revision);
  const ctx = { timezone: plan.timezone, sequence: plan.revision, stamp };
  const serialize = (c: CalComponent, sequence: number, at?: Date): string =>
    foldLines(componentLines(c, { ...ctx, sequence, ...(at ? { stamp: icsUtc(at) } : {}) }));
  // SEQUENCE as the plan alone gives it (compared with the base unmarked, as the base was built),
  // raised by the changes progress made (the rule is in progress-marks.ts).
  const marked = options.states ? markProgress(tasks, options.states, progressMarks(plan.locale), options.generatedAt) : undefined;
  const blocks = tasks.map((task, i) =>
    task.components.map((c, k) => {
      const sequence = sequenceOf(c, plan.timezone, plan.revision, previous);
      const m = marked?.[i]?.[k];
      return m === undefined ? serialize(c, sequence) : serialize(m.component, sequence + m.changes, m.stamp);
    }),
  );
  const byUnit = new Map<string, number[]>();
  tasks.forEach((t, i) => {
    for (const unit of t.units) {
      const list = byUnit.get(unit);
      if (list === undefined) byUnit.set(unit, [i]);
      else list.push(i);
    }
  });
  const vtimezone = tz === undefined ? '' : foldLines(tz);
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name] as const));
  const formerNames = new Map((base?.units ?? []).map((u) => [u.id, u.name] as const));
  const prodId = `-//plan-compiler//plan 0.1//${plan.locale === 'en' ? 'EN' : 'ZH'}`;
  const refresh = options.refreshInterval ?? 'P1D';

  const select = (units: readonly string[] | undefined): readonly number[] => {
    if (units === undefined) return tasks.map((_, i) => i);
    if (units.length === 1) return byUnit.get(units[0] ?? '') ?? [];
    const set = new Set<number>();
    for (const unit of units) for (const i of byUnit.get(unit) ?? []) set.add(i);
    return [...set].sort((a, b) => a - b); // plan order
  };

  // The base's events that no longer exist anywhere in the plan, in the calendars of the units that
  // held them, each serialized once. An event that only moved to another unit is not cancelled in
  // the old unit's file: someone who imported both files into one calendar would then hold the
  // same UID and SEQUENCE once live and once cancelled, and which wins depends on import order.
  const cancelledPrefix = t(languageOfTag(plan.locale) ?? 'zh', 'calendar.cancelledPrefix');
  const current = new Set(tasks.flatMap((task) => task.components.map((c) => c.uid)));
  type Cancelled = { readonly component: CalComponent; readonly block: string; readonly units: readonly string[] };
  const removedEvents: Cancelled[] = [];
  for (const [uid, before] of previous ?? []) {
    if (current.has(uid)) continue;
    const { component, sequence } = cancelled(before, plan.revision, cancelledPrefix);
    // Written with this revision's TZID, whose VTIMEZONE the file carries (a zone changed between
    // revisions would otherwise leave the cancelled event's TZID without one).
    removedEvents.push({ component, block: serialize(component, sequence), units: before.units });
  }
  const gone = (units: readonly string[] | undefined): readonly Cancelled[] =>
    units === undefined || removedEvents.length === 0 ? removedEvents : removedEvents.filter((g) => g.units.some((u) => units.includes(u)));
  // A stored CalDAV object holds one UID and no METHOD (RFC 4791 §4.1); names and refresh hints
  // belong to the collection, not to an object.
  const objectHeader = foldLines(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN']);
  const object = (c: CalComponent, block: string) => ({ uid: c.uid, text: objectHeader + (c.startTime !== undefined ? vtimezone : '') + block + 'END:VCALENDAR\r\n' });

  return {
    taskCount: (units) => select(units).length,
    // A unit the revision dropped still gets its file: its subscribers and importers must learn
    // that its events are cancelled, and its subscription URL should not start failing.
    formerUnits: () => (base === undefined ? [] : base.units.filter((u) => !unitNames.has(u.id)).map((u) => u.id)),
    objects(units) {
      const chosen = select(units);
      const live = chosen.flatMap((i) => (tasks[i]?.components ?? []).map((c, k) => object(c, blocks[i]?.[k] ?? '')));
      return [...live, ...gone(units).map((g) => object(g.component, g.block))];
    },
    body(units) {
      const chosen = select(units);
      const removed = gone(units);
      const timed = chosen.some((i) => tasks[i]?.timed === true) || removed.some((g) => g.component.startTime !== undefined);
      let text = '';
      for (const i of chosen) text += (blocks[i] ?? []).join('');
      for (const g of removed) text += g.block;
      return { blocks: text, vtimezone: timed ? vtimezone : '' };
    },
    render(units, text = {}) {
      const chosen = select(units);
      // An empty selection is named like a whole-plan calendar, not `title · ` with nothing after.
      const names = units === undefined || units.length === 0 ? undefined : units.map((id) => unitNames.get(id) ?? formerNames.get(id) ?? id).join(labels.listSeparator);
      const name = text.name ?? (names === undefined ? plan.title : plan.title + labels.nameSeparator + names);
      const description =
        text.description ??
        (names === undefined
          ? labels.calendarAll(plan.title, chosen.length, plan.revision)
          : chosen.length === 0
            ? labels.calendarEmpty(names)
            : labels.calendarUnits(names, chosen.length, plan.revision));
      const header = calendarHeader({ prodId, name, description, timezone: plan.timezone, refresh });
      let out = foldLines(header);
      const removed = gone(units);
      if (chosen.some((i) => tasks[i]?.timed === true) || removed.some((g) => g.component.startTime !== undefined)) out += vtimezone;
      for (const i of chosen) out += (blocks[i] ?? []).join('');
      // Cancelled events last, after everything that still stands.
      for (const g of removed) out += g.block;
      return out + 'END:VCALENDAR\r\n';
    },
  };
}

/** The marks of done, paused and cancelled tasks, in the calendars' language. */
function progressMarks(locale: ResolvedPlan['locale']): ProgressMarks {
  const language = languageOfTag(locale) ?? 'zh';
  return { done: t(language, 'status.mark.done'), paused: t(language, 'status.mark.paused'), cancelled: t(language, 'status.mark.cancelled') };
}

/** Every component marked with its plan (a calendar of several plans); the same objects when there is no label. */
function labelled(tasks: readonly TaskComponents[], label: BookOptions['planLabel']): readonly TaskComponents[] {
  if (label === undefined) return tasks;
  return tasks.map((task) => ({
    ...task,
    components: task.components.map((c) => ({ ...c, summary: label.summaryPrefix + c.summary, categories: [label.category, ...c.categories] })),
  }));
}

/** One calendar: every task, or those the given units lead or support. */
export function renderCalendar(plan: ResolvedPlan, options: CalendarOptions): string {
  const { units, name, description, ...book } = options;
  return prepareCalendars(plan, book).render(units, {
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
  });
}

/** The lines that open a published calendar (one plan's, or several plans' together). */
export function calendarHeader(head: { prodId: string; name: string; description: string; timezone: string; refresh: string }): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${head.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(head.name)}`,
    `X-WR-CALNAME:${escapeText(head.name)}`,
    `DESCRIPTION:${escapeText(head.description)}`,
    `X-WR-CALDESC:${escapeText(head.description)}`,
    `X-WR-TIMEZONE:${head.timezone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${head.refresh}`,
    `X-PUBLISHED-TTL:${head.refresh}`,
  ];
}
