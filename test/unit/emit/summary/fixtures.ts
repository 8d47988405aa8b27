import type { ResolvedPlan, Task } from '../../../../src/model/plan.js';
import { samplePlan } from '../../../helpers/sample-plan.js';

export const GENERATED_AT = new Date(Date.UTC(2018, 4, 2, 23, 30));

export const SCRIPT_TITLE = '<script>alert(1)</script> | pipe <%= it %>';
export const FORMULA_TITLE = '=HYPERLINK("http://x","y")';
export const HEADING_TITLE = '# not a heading';

function hostileTask(id: string, title: string, due: string, extra: Partial<Task> = {}): Task {
  return {
    id,
    kind: 'task',
    title,
    lead: ['dangzheng'],
    support: ['xuanchuan'],
    phaseId: 'mobilize',
    start: '2018-05-01',
    end: due,
    due,
    timing: 'deadline',
    ongoing: false,
    occurrences: [],
    source: { due: `${title} 前` },
    path: [],
    ...extra,
  };
}

/** The sample plan plus tasks whose titles try to break out of HTML, Markdown, CSV and eta. */
export function hostilePlan(overrides: Partial<ResolvedPlan> = {}): ResolvedPlan {
  const base = samplePlan();
  const [first, ...rest] = base.phases;
  if (!first) throw new Error('sample plan has no phases');
  const hostile = [
    hostileTask('script', SCRIPT_TITLE, '2018-05-10'),
    hostileTask('formula', FORMULA_TITLE, '2018-05-11'),
    hostileTask('heading', HEADING_TITLE, '2018-05-12'),
    hostileTask('plus', '+1 -1 @SUM(A1)', '2018-05-13'),
    hostileTask('tab', '\tindented', '2018-05-14'),
  ];
  return samplePlan({
    phases: [{ ...first, tasks: [...first.tasks, ...hostile] }, ...rest],
    units: base.units.map((u) => (u.id === 'xuanchuan' ? { ...u, name: '宣传|条线' } : u)),
    ...overrides,
  });
}
