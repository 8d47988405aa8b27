// The 督办 report for scripts: English field names that do not change with the language, ISO
// dates, ids beside names, null for "none" so every field is always there. README documents the
// fields; `version` changes only when a field changes meaning or goes away.
import type { CountRow, ProgressReport, ReportItem, StandingCounts } from '../progress/report-model.js';
import type { RenderInput, Rendered } from './renderers.js';
import { taskNumber } from './report-text.js';

export const REPORT_JSON_VERSION = 1;

function counts(c: StandingCounts) {
  return { total: c.total, done: c.done, onTrack: c['on-track'], behind: c.behind, overdue: c.overdue, paused: c.paused, cancelled: c.cancelled, silent: c.silent, doneLate: c['done-late'] };
}

function row(r: CountRow) {
  return r.kind === 'unit'
    ? { key: r.key, name: r.name, counts: counts(r.counts) }
    : { plan: r.planId ?? null, phase: r.kind === 'phase' ? r.key.slice((r.planId ?? '').length + 1) : null, kind: r.kind, name: r.kind === 'phase' ? r.name : null, counts: counts(r.counts) };
}

function item(i: ReportItem) {
  const latest = i.latest;
  return {
    plan: i.planId,
    id: i.task.id,
    kind: i.task.kind,
    // The document's numbering in English form (1.2), whatever the report's language.
    number: taskNumber(i, 'en'),
    title: i.task.title,
    phase: i.phase ?? null,
    leads: i.leads,
    start: i.task.start,
    due: i.task.due,
    standing: i.standing,
    lastReport: latest
      ? { date: latest.date, state: latest.state, percent: latest.percent ?? null, note: latest.note ?? null, unit: latest.unit ?? null, file: latest.file }
      : null,
    daysOverdue: i.daysOverdue ?? null,
    finished: i.finished ?? null,
    daysLate: i.daysLate ?? null,
    silentDays: i.silentDays ?? null,
    dueIn: i.dueIn ?? null,
  };
}

export function reportJson(report: ProgressReport) {
  return {
    version: REPORT_JSON_VERSION,
    asOf: report.asOf,
    staleDays: report.staleDays,
    horizonDays: report.horizonDays,
    plans: report.plans.map((p) => ({ id: p.id, title: p.title, file: p.file, issuer: p.issuer ?? null })),
    totals: counts(report.totals),
    phases: report.phases.map(row),
    units: report.units.map(row),
    overdue: report.overdueByUnit.map((u) => ({ key: u.key, unit: u.name, tasks: u.items.map(item) })),
    dueSoon: report.dueSoon.map(item),
    finishedLate: report.finishedLate.map(item),
    silent: report.silent.map(item),
    tasks: report.items.map(item),
  };
}

export function renderJson(input: RenderInput): Rendered {
  return `${JSON.stringify(reportJson(input.report), null, 2)}\n`;
}
