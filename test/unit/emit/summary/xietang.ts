import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { paths } from '../../../../src/paths.js';
import type { Occurrence, Phase, ResolvedPlan, Task, Unit } from '../../../../src/model/plan.js';

// The real 斜塘 2018 plan, resolved by hand from plans/xietang-2018.yaml so the emitters can be
// checked on real text before the resolver lands. Only the few expressions the plan uses are
// known here; the values are the ones date-vectors.jsonl gives.
const WINDOWS: Readonly<Record<string, readonly [string, string]>> = {
  '5月': ['2018-05-01', '2018-05-31'],
  '6月至10月': ['2018-06-01', '2018-10-31'],
  '在8月~10月期间': ['2018-08-01', '2018-10-31'],
  '10月至12月上旬': ['2018-10-01', '2018-12-10'],
  '12月中旬至年底': ['2018-12-11', '2018-12-31'],
};
const INSTANTS: Readonly<Record<string, Pick<Occurrence, 'date' | 'approx'> & { time?: { start: string; end: string } }>> = {
  '2018年12月18日上午': { date: '2018-12-18', approx: false, time: { start: '09:00', end: '12:00' } },
  '12月20日前后': { date: '2018-12-20', approx: true },
};

interface RawTask {
  id: string;
  title: string;
  detail?: string;
  lead: string;
  when?: string;
  sessions?: number;
  events?: { id: string; title: string; at: string }[];
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`xietang fixture: unknown ${what}`);
  return value;
}

export function xietangPlan(): ResolvedPlan {
  const raw = parse(readFileSync(`${paths.packageRoot}plans/xietang-2018.yaml`, 'utf8')) as {
    plan: { id: string; title: string; issuer: string; period: string; revision: number };
    units: Record<string, string | { name: string; collective?: boolean; aliases?: string[] }>;
    phases: { id: string; title: string; when: string; tasks: RawTask[] }[];
    measures: RawTask[];
  };
  const units: Unit[] = Object.entries(raw.units).map(([id, u], i) => ({
    id,
    name: typeof u === 'string' ? u : u.name,
    aliases: typeof u === 'string' ? [] : (u.aliases ?? []),
    collective: typeof u === 'string' ? false : (u.collective ?? false),
    path: ['units', i],
  }));
  const byName = new Map<string, string>();
  for (const u of units) {
    for (const name of [u.name, ...u.aliases]) byName.set(name, u.id);
    // Document style 党政、宣传条线: the shared suffix 条线 is written once, at the end.
    if (u.name.endsWith('条线')) byName.set(u.name.slice(0, -2), u.id);
  }
  const lead = (text: string): string[] =>
    text.split('、').map((part) => must(byName.get(part) ?? byName.get(part.replace(/条线$/, '')), `unit ${part}`));

  const task = (t: RawTask, kind: Task['kind'], window: readonly [string, string], path: (string | number)[], phaseId?: string): Task => {
    const [start, end] = t.when ? must(WINDOWS[t.when], `window ${t.when}`) : window;
    const source: Record<string, string> = {};
    if (t.when) source['when'] = t.when;
    if (t.sessions !== undefined) source['sessions'] = String(t.sessions);
    return {
      id: t.id,
      kind,
      title: t.title,
      ...(t.detail ? { detail: t.detail } : {}),
      lead: lead(t.lead),
      support: [],
      ...(phaseId ? { phaseId } : {}),
      start,
      end,
      due: end,
      timing: kind === 'measure' ? 'ongoing' : 'window',
      ongoing: kind === 'measure',
      occurrences: (t.events ?? []).map((e, i) => ({
        id: e.id,
        title: e.title,
        ...must(INSTANTS[e.at], `instant ${e.at}`),
        source: e.at,
        path: [...path, 'events', i],
      })),
      ...(t.sessions !== undefined ? { sessionCount: t.sessions } : {}),
      source,
      path,
    };
  };

  const phases: Phase[] = raw.phases.map((p, i) => {
    const window = must(WINDOWS[p.when], `window ${p.when}`);
    return {
      id: p.id,
      title: p.title,
      start: window[0],
      end: window[1],
      source: { when: p.when },
      path: ['phases', i],
      tasks: p.tasks.map((t, j) => task(t, 'task', window, ['phases', i, 'tasks', j], p.id)),
    };
  });
  const period = ['2018-05-01', '2018-12-31'] as const;
  return {
    file: 'plans/xietang-2018.yaml',
    id: raw.plan.id,
    title: raw.plan.title,
    issuer: raw.plan.issuer,
    year: 2018,
    start: period[0],
    end: period[1],
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    revision: raw.plan.revision,
    units,
    phases,
    measures: raw.measures.map((m, i) => task(m, 'measure', period, ['measures', i])),
    calendar: { holidays: [], workdays: [] },
    source: { period: raw.plan.period },
  };
}
