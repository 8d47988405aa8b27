import { describe, expect, it } from 'vitest';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { renderCalendar } from '../../../../src/emit/ics/render-calendar.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';
import { parseIcs } from '../../../helpers/ics-parse.js';

/** Revision 2 of the sample: new titles, moved dates, tasks and phases reordered, a new generatedAt. */
function revised(): ResolvedPlan {
  const plan = samplePlan();
  const [mobilize, study] = plan.phases;
  if (mobilize === undefined || study === undefined) throw new Error('fixture changed');
  return {
    ...plan,
    title: '示例街道解放思想大讨论活动实施方案(修订)',
    revision: 2,
    phases: [
      { ...study, title: '深化学习讨论(调整)', tasks: [...study.tasks].reverse().map((t) => ({ ...t, title: t.title + '(修订)' })) },
      {
        ...mobilize,
        tasks: [...mobilize.tasks].reverse().map((t) => ({
          ...t,
          title: '改:' + t.title,
          start: '2018-05-03',
          end: '2018-06-15',
          due: t.id === 'report' ? '2018-05-25' : '2018-06-15',
        })),
      },
    ],
    measures: plan.measures.map((m) => ({ ...m, title: '营造更加浓厚的氛围' })),
  };
}

describe('a revised plan updates the same events in place', () => {
  const options = { generatedAt: GENERATED_AT, todo: true };
  const before = parseIcs(renderCalendar(samplePlan(), options));
  const after = parseIcs(renderCalendar(revised(), { ...options, generatedAt: new Date('2018-06-01T00:00:00Z') }));

  it('keeps every UID although titles, dates and order changed', () => {
    expect(new Set(after.components.map((c) => c.uid))).toEqual(new Set(before.components.map((c) => c.uid)));
    // The order did change, so this is not passing by accident.
    expect(after.components.map((c) => c.uid)).not.toEqual(before.components.map((c) => c.uid));
  });

  it('raises SEQUENCE to the new revision on every component', () => {
    for (const c of before.components) expect(c.sequence).toBe(1);
    for (const c of after.components) expect(c.sequence).toBe(2);
  });

  it('carries the new content under the old UIDs', () => {
    const report = after.components.find((c) => c.uid === 'report.due@sample-2018');
    expect(report?.summary).toBe('截止：改:报送工作方案');
    expect(report?.dtstart).toBe('2018-05-25');
  });

  it('UIDs are unique within a calendar and contain only the plan, task and occurrence ids and the kind', () => {
    const uids = after.components.map((c) => c.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9._-]+\.(window|due|repeat|todo|at\.[A-Za-z0-9._-]+)@sample-2018$/);
  });
});
