import { resolveDate } from '../dates/index.js';
import type { DraftEvent, DraftPhase, DraftPlan, DraftTask } from './draft.js';
import type { Restorer } from './fidelity.js';

type When = NonNullable<DraftTask['when']>;

/**
 * The draft with the document's own characters (（，：“…” as written) in every title, detail,
 * heading, unit name and date wording. A date wording keeps its folded spelling when the restored
 * one would read differently (it never does today; the check keeps it so).
 */
export function restoreDraft(draft: DraftPlan, restorer: Restorer): DraftPlan {
  const r = (text: string): string => restorer.restore(text);
  const ctx = { year: draft.plan.year, ...(draft.plan.issued ? { anchor: draft.plan.issued } : {}) };
  const date = (text: string): string => {
    const restored = r(text);
    if (restored === text) return text;
    const a = resolveDate(text, ctx);
    const b = resolveDate(restored, ctx);
    return a.ok && b.ok && a.value.start === b.value.start && a.value.end === b.value.end ? restored : text;
  };
  const when = (w: When): When => (typeof w === 'string' ? date(w) : { start: date(w.start), end: date(w.end) });
  const event = (e: DraftEvent): DraftEvent => ({ ...e, title: r(e.title), at: date(e.at), detail: r(e.detail) });
  const task = (t: DraftTask): DraftTask => ({
    ...t,
    title: r(t.title),
    ...(t.detail !== undefined ? { detail: r(t.detail) } : {}),
    lead: t.lead.map(r),
    support: t.support.map(r),
    ...(t.when !== undefined ? { when: when(t.when) } : {}),
    ...(t.due !== undefined ? { due: date(t.due) } : {}),
    ...(t.repeat !== undefined ? { repeat: date(t.repeat) } : {}),
    events: t.events.map(event),
    ...(t.heading !== undefined ? { heading: r(t.heading) } : {}),
  });
  const phase = (p: DraftPhase): DraftPhase => ({ ...p, title: r(p.title), when: typeof p.when === 'string' ? date(p.when) : p.when, tasks: p.tasks.map(task) });
  return {
    ...draft,
    plan: {
      ...draft.plan,
      title: r(draft.plan.title),
      ...(draft.plan.issuer !== undefined ? { issuer: r(draft.plan.issuer) } : {}),
      ...(draft.plan.docNumber !== undefined ? { docNumber: r(draft.plan.docNumber) } : {}),
      ...(draft.plan.period !== undefined ? { period: date(draft.plan.period) } : {}),
    },
    units: draft.units.map((u) => ({ ...u, name: r(u.name), aliases: u.aliases.map(r) })),
    phases: draft.phases.map(phase),
    measures: draft.measures.map(task),
    document: {
      front: draft.document.front.map(r),
      preamble: draft.document.preamble.map(r),
      sections: draft.document.sections.map((s) => ({ heading: r(s.heading), paragraphs: s.paragraphs.map(r) })),
    },
  };
}
