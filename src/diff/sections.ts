import type { Language } from '../i18n/language.js';
import type { DeadlineMove, PlanDiff } from './diff.js';

/** One part of a diff report: a heading and a table; text and Markdown render the same data. */
export interface Section {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const en = {
  heading: 'Changes in {plan}: revision {from} → {to}',
  none: 'No changes to phases, tasks, deadlines or owners.',
  phasesAdded: 'Phases added',
  phasesRemoved: 'Phases removed',
  phasesRetitled: 'Phases retitled',
  phaseWindows: 'Phase windows changed',
  added: 'Tasks added',
  removed: 'Tasks removed',
  renamed: 'Task ids renamed (subscribers lose these calendar events: keep the old id)',
  retitled: 'Titles changed',
  movedPhase: 'Tasks moved to another phase',
  deadlines: 'Deadlines moved, by lead unit',
  owners: 'Owners changed',
  id: 'id',
  title: 'title',
  phase: 'phase',
  lead: 'lead',
  due: 'due',
  from: 'before',
  to: 'after',
  unit: 'unit',
  task: 'task',
  move: 'moved',
  change: 'change',
  earlier: '{n} day(s) earlier',
  later: '{n} day(s) later',
  measures: 'measures',
  leadAdded: 'lead +',
  leadRemoved: 'lead −',
  supportAdded: 'support +',
  supportRemoved: 'support −',
  sep: ', ',
};

export type Labels = Readonly<Record<keyof typeof en, string>>;

const zh: Labels = {
  heading: '{plan}的修改:第 {from} 稿 → 第 {to} 稿',
  none: '阶段、任务、截止日期和牵头单位均无变化。',
  phasesAdded: '新增阶段',
  phasesRemoved: '删除阶段',
  phasesRetitled: '阶段标题修改',
  phaseWindows: '阶段时间调整',
  added: '新增任务',
  removed: '删除任务',
  renamed: '任务编号被改(已订阅的日历事件会失联,请保留原编号)',
  retitled: '任务标题修改',
  movedPhase: '任务调到其他阶段',
  deadlines: '截止日期调整(按牵头单位)',
  owners: '责任单位调整',
  id: '编号',
  title: '标题',
  phase: '阶段',
  lead: '牵头单位',
  due: '截止',
  from: '原',
  to: '现',
  unit: '单位',
  task: '任务',
  move: '调整',
  change: '变化',
  earlier: '提前 {n} 天',
  later: '推迟 {n} 天',
  measures: '保障措施',
  leadAdded: '牵头 +',
  leadRemoved: '牵头 −',
  supportAdded: '配合 +',
  supportRemoved: '配合 −',
  sep: '、',
};

const labels: Readonly<Record<Language, Labels>> = { en, zh };

export function labelsOf(language: Language): Labels {
  return labels[language];
}

export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function moveText(move: DeadlineMove, l: Labels): string {
  return fill(move.days < 0 ? l.earlier : l.later, { n: Math.abs(move.days) });
}

/** The report's sections in reading order; empty sections are left out. */
export function sections(diff: PlanDiff, language: Language, unitNames: ReadonlyMap<string, string>): Section[] {
  const l = labels[language];
  const names = (ids: readonly string[]) => ids.map((id) => unitNames.get(id) ?? id).join(l.sep);
  const phase = (id: string | undefined) => id ?? l.measures;
  const out: Section[] = [];
  const push = (heading: string, columns: string[], rows: string[][]) => {
    if (rows.length > 0) out.push({ heading, columns, rows });
  };
  push(l.phasesAdded, [l.id, l.title], diff.phases.added.map((p) => [p.id, p.title]));
  push(l.phasesRemoved, [l.id, l.title], diff.phases.removed.map((p) => [p.id, p.title]));
  push(l.phasesRetitled, [l.id, l.from, l.to], diff.phases.retitled.map((p) => [p.id, p.from, p.to]));
  push(l.phaseWindows, [l.id, l.title, l.from, l.to], diff.phases.windows.map((w) => [w.id, w.title, `${w.from.start} – ${w.from.end}`, `${w.to.start} – ${w.to.end}`]));
  push(l.added, [l.id, l.title, l.phase, l.lead, l.due], diff.tasks.added.map((t) => [t.id, t.title, phase(t.phase), names(t.lead), t.due]));
  push(l.removed, [l.id, l.title, l.phase, l.lead, l.due], diff.tasks.removed.map((t) => [t.id, t.title, phase(t.phase), names(t.lead), t.due]));
  push(l.renamed, [l.from, l.to, l.title], diff.tasks.renamedIds.map((r) => [r.from, r.to, r.title]));
  push(l.retitled, [l.id, l.from, l.to], diff.tasks.retitled.map((r) => [r.id, r.from, r.to]));
  push(l.movedPhase, [l.id, l.title, l.from, l.to], diff.tasks.movedPhase.map((m) => [m.id, m.title, phase(m.from), phase(m.to)]));
  push(
    l.deadlines,
    [l.unit, l.task, l.from, l.to, l.move],
    diff.byUnit.flatMap((u) => [...u.earlier, ...u.later].map((m) => [u.name, `${m.task.id} ${m.task.title}`, m.from, m.to, moveText(m, l)])),
  );
  push(
    l.owners,
    [l.task, l.change],
    diff.tasks.owners.map((o) => {
      const parts = [
        [l.leadAdded, o.leadAdded],
        [l.leadRemoved, o.leadRemoved],
        [l.supportAdded, o.supportAdded],
        [l.supportRemoved, o.supportRemoved],
      ] as const;
      return [`${o.task.id} ${o.task.title}`, parts.filter(([, ids]) => ids.length > 0).map(([label, ids]) => `${label}${names(ids)}`).join('; ')];
    }),
  );
  return out;
}
