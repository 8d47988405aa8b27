import type { Emitter, TextArtifact } from '../artifact.js';
import type { ResolvedPlan, Task } from '../../model/plan.js';

function taskJson(task: Task) {
  return {
    id: task.id,
    title: task.title,
    ...(task.detail !== undefined ? { detail: task.detail } : {}),
    lead: task.lead,
    support: task.support,
    start: task.start,
    end: task.end,
    due: task.due,
    timing: task.timing,
    ongoing: task.ongoing,
    ...(task.sessionCount !== undefined ? { sessions: task.sessionCount } : {}),
    ...(task.repeat ? { repeat: { rrule: task.repeat.rrule, ...(task.repeat.countPerPeriod ? { countPerPeriod: task.repeat.countPerPeriod } : {}) } } : {}),
    ...(task.occurrences.length > 0
      ? {
          events: task.occurrences.map((o) => ({
            id: o.id,
            title: o.title,
            date: o.date,
            ...(o.time ? { time: o.time.end ? `${o.time.start}-${o.time.end}` : o.time.start } : {}),
            ...(o.approx ? { approx: true } : {}),
            source: o.source,
          })),
        }
      : {}),
    source: task.source,
  };
}

/** The resolved plan in the shape of contract §3 (plus extra fields), keys in a fixed order. */
export function planToJson(plan: ResolvedPlan) {
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      ...(plan.issuer !== undefined ? { issuer: plan.issuer } : {}),
      ...(plan.issued !== undefined ? { issued: plan.issued } : {}),
      year: plan.year,
      start: plan.start,
      end: plan.end,
      timezone: plan.timezone,
      locale: plan.locale,
      revision: plan.revision,
      source: plan.source,
    },
    units: plan.units.map((u) => ({ id: u.id, name: u.name, ...(u.aliases.length > 0 ? { aliases: u.aliases } : {}), ...(u.collective ? { collective: true } : {}) })),
    phases: plan.phases.map((p) => ({ id: p.id, title: p.title, start: p.start, end: p.end, source: p.source, tasks: p.tasks.map(taskJson) })),
    measures: plan.measures.map(taskJson),
  };
}

export const planJsonEmitter: Emitter<TextArtifact> = {
  id: 'plan-json',
  description: 'plan.json: the resolved plan for scripts and other tools.',
  files: ['plan.json'],
  emit({ plan }) {
    return [{ path: 'plan.json', contents: `${JSON.stringify(planToJson(plan), null, 2)}\n`, mediaType: 'application/json' }];
  },
};
