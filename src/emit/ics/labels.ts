import { t } from '../../i18n/messages.js';
import type { Locale } from '../../model/plan.js';
import { compileLabel } from '../fill-label.js';
import { languageOfLocale } from '../labels.js';

/**
 * Every fixed word the calendars print, from the catalogue's `labels.calendar.*`. Apart from the
 * summary's labels because calendar wording has its own constraints: summaries are short and
 * read in a month grid.
 */
export interface IcsLabels {
  readonly duePrefix: string;
  readonly ongoingPrefix: string;
  readonly sessions: (n: number) => string;
  readonly lead: string;
  readonly support: string;
  readonly phase: string;
  readonly measures: string;
  readonly task: string;
  readonly detail: string;
  readonly sessionsUndated: (n: number) => string;
  /** Labels for the `source` keys: the date expression as the document wrote it. */
  readonly source: Readonly<Record<string, string>>;
  readonly listSeparator: string;
  readonly colon: string;
  readonly calendarAll: (title: string, count: number, revision: number) => string;
  readonly calendarUnits: (names: string, count: number, revision: number) => string;
  readonly calendarEmpty: (names: string) => string;
  readonly nameSeparator: string;
}

function buildIcsLabels(locale: Locale): IcsLabels {
  const language = languageOfLocale(locale);
  const sessions = compileLabel(t(language, 'labels.calendar.sessions'));
  const sessionsUndated = compileLabel(t(language, 'labels.calendar.sessions-undated'));
  const all = compileLabel(t(language, 'labels.calendar.all'));
  const units = compileLabel(t(language, 'labels.calendar.units'));
  const empty = compileLabel(t(language, 'labels.calendar.empty'));
  return {
    duePrefix: t(language, 'labels.calendar.due-prefix'),
    ongoingPrefix: t(language, 'labels.calendar.ongoing-prefix'),
    sessions: (n) => sessions({ n }),
    lead: t(language, 'labels.calendar.lead'),
    support: t(language, 'labels.calendar.support'),
    phase: t(language, 'labels.calendar.phase'),
    measures: t(language, 'labels.calendar.measures'),
    task: t(language, 'labels.calendar.task'),
    detail: t(language, 'labels.calendar.detail'),
    sessionsUndated: (n) => sessionsUndated({ n }),
    source: {
      when: t(language, 'labels.calendar.source.when'),
      due: t(language, 'labels.calendar.source.due'),
      at: t(language, 'labels.calendar.source.at'),
      repeat: t(language, 'labels.calendar.source.repeat'),
      sessions: t(language, 'labels.calendar.source.sessions'),
    },
    listSeparator: t(language, 'labels.calendar.list-separator'),
    colon: t(language, 'labels.calendar.colon'),
    calendarAll: (title, count, revision) => all({ title, count, revision }),
    calendarUnits: (names, count, revision) => units({ names, count, revision }),
    calendarEmpty: (names) => empty({ names }),
    nameSeparator: t(language, 'labels.calendar.name-separator'),
  };
}

// Built once per locale, on first use: every calendar of a build shares the one table.
const built = new Map<Locale, IcsLabels>();

export function icsLabels(locale: Locale): IcsLabels {
  let labels = built.get(locale);
  if (labels === undefined) {
    labels = buildIcsLabels(locale);
    built.set(locale, labels);
  }
  return labels;
}
