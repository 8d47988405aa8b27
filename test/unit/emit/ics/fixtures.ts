import type { Occurrence, Phase, ResolvedPlan, Task } from '../../../../src/model/plan.js';
import { samplePlan } from '../../../helpers/sample-plan.js';

/** A fixed instant for DTSTAMP (what SOURCE_DATE_EPOCH would give). */
export const GENERATED_AT = new Date('2018-05-02T00:00:00Z');

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A large plan built by formula (deterministic): `nTasks` tasks over `nUnits` units, mixing
 * windows, deadlines, separate due days, recurrences, timed occurrences and session counts.
 */
export function bigPlan(nTasks = 10_000, nUnits = 500, phases = 10): ResolvedPlan {
  const units = Array.from({ length: nUnits }, (_, i) => ({ id: `u${i}`, name: `第${i}条线工作专班`, aliases: [], collective: false, path: [] }));
  const perPhase = Math.ceil(nTasks / phases);
  const out: Phase[] = [];
  for (let p = 0, k = 0; p < phases; p++) {
    const tasks: Task[] = [];
    for (let j = 0; j < perPhase && k < nTasks; j++, k++) {
      const m = pad(1 + (k % 12));
      const start = `2018-${m}-${pad(1 + (k % 28))}`;
      const end = `2018-${m}-28`;
      const kind = k % 10;
      const occurrences: Occurrence[] =
        kind === 4 ? [{ id: 'meeting', title: `收听收看大会${k}`, date: end, time: { start: '09:00', end: '12:00' }, approx: false, source: '上午', path: [] }] : [];
      tasks.push({
        id: `t${k}`,
        kind: 'task',
        title: `召开街道党工委会议精心策划部署第${k}项，认真研究制定大讨论活动的工作方案和实施意见`,
        ...(k % 3 === 0 ? { detail: '认真研究制定大讨论活动的工作方案和实施意见；广泛宣传发动，拉开序幕。' } : {}),
        lead: [`u${k % nUnits}`],
        support: [`u${(k * 7 + 3) % nUnits}`, `u${(k * 13 + 5) % nUnits}`].filter((u) => u !== `u${k % nUnits}`),
        phaseId: `p${p}`,
        start,
        end,
        due: kind === 1 ? `2018-${m}-20` : end,
        timing: kind === 2 ? 'deadline' : kind === 3 ? 'recurring' : 'window',
        ongoing: false,
        occurrences,
        ...(kind === 5 ? { sessionCount: 3 } : {}),
        ...(kind === 3 ? { repeat: { rrule: 'FREQ=WEEKLY;BYDAY=MO', source: '每周一' } } : {}),
        source: { when: `${Number(m)}月` },
        path: [],
      });
    }
    out.push({ id: `p${p}`, title: `第${p}阶段：强化宣传发动,形成广泛思想共识`, start: '2018-01-01', end: '2018-12-31', tasks, source: {}, path: [] });
  }
  return { ...samplePlan(), id: 'big-2018', units, phases: out, measures: [], revision: 3 };
}

/** Every task of a plan in emission order (phases, then measures). */
export function allTasks(plan: ResolvedPlan): Task[] {
  return [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];
}
