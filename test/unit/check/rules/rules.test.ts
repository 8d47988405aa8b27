import { describe, expect, it } from 'vitest';
import deadlineWorkingDay from '../../../../src/check/rules/deadline-working-day.js';
import leadAccountable from '../../../../src/check/rules/lead-accountable.js';
import phaseNotEmpty from '../../../../src/check/rules/phase-not-empty.js';
import phasesOrdered from '../../../../src/check/rules/phases-ordered.js';
import planWithinHolidayData from '../../../../src/check/rules/plan-within-holiday-data.js';
import taskDatesOrdered from '../../../../src/check/rules/task-dates-ordered.js';
import taskWithinPhase from '../../../../src/check/rules/task-within-phase.js';
import titleLength from '../../../../src/check/rules/title-length.js';
import unitUsed from '../../../../src/check/rules/unit-used.js';
import windowClearOfBreaks from '../../../../src/check/rules/window-clear-of-breaks.js';
import { calendarServices } from '../../../../src/check/calendar-services.js';
import { workCalendar } from '../../../../src/dates/holidays/plan-calendar.js';
import type { Phase, ResolvedPlan, Task } from '../../../../src/model/plan.js';
import { runRule } from '../../../helpers/rule-tester.js';
import { samplePlan } from '../../../helpers/sample-plan.js';

const services = calendarServices(workCalendar(undefined));

/** The sample plan with its first task changed. */
function withFirstTask(change: Partial<Task>, phaseChange: Partial<Phase> = {}): ResolvedPlan {
  const plan = samplePlan();
  const [first, ...rest] = plan.phases;
  return { ...plan, phases: [{ ...first!, ...phaseChange, tasks: [{ ...first!.tasks[0]!, ...change }, ...first!.tasks.slice(1)] }, ...rest] };
}

describe('rules on the sample plan', () => {
  it.each([phaseNotEmpty, phasesOrdered, planWithinHolidayData, taskDatesOrdered, taskWithinPhase, titleLength, unitUsed, windowClearOfBreaks])('$meta.id is quiet on a sound plan', (rule) => {
    const plan = samplePlan();
    const fixed = { ...plan, phases: plan.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, title: t.title.slice(0, 20) })) })) };
    expect(runRule(rule, fixed, services)).toEqual([]);
  });
});

describe('task-within-phase', () => {
  it('reports a window running past its phase, at its when', () => {
    const found = runRule(taskWithinPhase, withFirstTask({ end: '2018-06-15', due: '2018-06-15', source: { when: '5月至6月中旬' } }));
    expect(found).toEqual([{ path: ['phases', 0, 'tasks', 0, 'when'], message: expect.stringContaining('after its phase') }]);
  });
  it('reports a deadline outside the phase', () => {
    expect(runRule(taskWithinPhase, withFirstTask({ due: '2018-07-10', source: { due: '7月10日前' } }))[0]!.path).toEqual(['phases', 0, 'tasks', 0, 'due']);
  });
});

describe('task-dates-ordered', () => {
  it('reports a deadline before the start', () => {
    expect(runRule(taskDatesOrdered, withFirstTask({ start: '2018-05-10', due: '2018-05-05', source: { due: '5月5日前' } }))).toHaveLength(1);
  });
});

describe('deadline-working-day', () => {
  it('names the previous working day for a deadline in the National Day break', () => {
    const found = runRule(deadlineWorkingDay, withFirstTask({ due: '2018-10-03', source: { due: '10月3日前' } }), services).filter((d) => d.path[3] === 0);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('2018-09-30'); // Sunday 09-30 was an adjusted working day
  });
  it('names Friday for a Sunday deadline', () => {
    expect(runRule(deadlineWorkingDay, withFirstTask({ due: '2018-05-20', source: { due: '5月20日前' } }), services)[0]!.message).toContain('2018-05-18');
  });
  it('ignores the last day of a window nobody wrote as a deadline', () => {
    const found = runRule(deadlineWorkingDay, withFirstTask({ due: '2018-09-29', end: '2018-09-29', source: { when: '9月' } }), services);
    expect(found.filter((d) => d.path[3] === 0)).toEqual([]);
  });
  it('reports the Sunday deadline of the sample plan', () => {
    expect(runRule(deadlineWorkingDay, samplePlan(), services)).toEqual([{ path: ['phases', 0, 'tasks', 1, 'due'], message: expect.stringContaining('2018-05-18') }]);
  });
});

describe('window-clear-of-breaks', () => {
  it('notes 10月上旬, mostly the National Day break', () => {
    const found = runRule(windowClearOfBreaks, withFirstTask({}, { start: '2018-10-01', end: '2018-10-10' }), services);
    expect(found).toEqual([{ path: ['phases', 0, 'when'], message: expect.stringContaining('7 of its 10 days') }]);
  });
  it('stays quiet on a long window that merely contains a break', () => {
    expect(runRule(windowClearOfBreaks, withFirstTask({}, { start: '2018-10-01', end: '2018-12-10' }), services)).toEqual([]);
  });
  it('notes a window mostly lost to a break', () => {
    const found = runRule(windowClearOfBreaks, withFirstTask({ start: '2018-09-28', end: '2018-10-10', source: { when: '9月28日至10月10日' } }), services);
    expect(found).toEqual([{ path: ['phases', 0, 'tasks', 0, 'when'], message: expect.stringContaining('7 of its 13 days') }]);
  });
  it('names a break that opens on a weekend after its festival (2018 中秋: Saturday to Monday)', () => {
    const found = runRule(windowClearOfBreaks, withFirstTask({ start: '2018-09-21', end: '2018-09-26', source: { when: '9月21日至26日' } }), services);
    expect(found).toEqual([{ path: ['phases', 0, 'tasks', 0, 'when'], message: expect.stringContaining('to the 中秋 break (2018-09-22 to 2018-09-24)') }]);
  });
});

describe('plan-within-holiday-data', () => {
  it('warns when the plan runs past the published years', () => {
    const found = runRule(planWithinHolidayData, { ...samplePlan(), end: '2027-06-30', source: { period: '2027年上半年' } }, services);
    expect(found[0]!.message).toMatch(/2027-06-30.*2026/);
  });
});

describe('structure and ownership', () => {
  it('phase-not-empty and phases-ordered', () => {
    const plan = samplePlan();
    const reversed = { ...plan, phases: [...plan.phases].reverse() };
    expect(runRule(phasesOrdered, reversed)).toHaveLength(1);
    expect(runRule(phasesOrdered, plan, {}, { allowOverlap: false })).toEqual([]);
    const overlapping = { ...plan, phases: [plan.phases[0]!, { ...plan.phases[1]!, start: '2018-05-20' }] };
    expect(runRule(phasesOrdered, overlapping, {}, { allowOverlap: false })).toHaveLength(1);
    expect(runRule(phaseNotEmpty, { ...plan, phases: [{ ...plan.phases[0]!, tasks: [] }] })).toHaveLength(1);
  });
  it('unit-used points at the unused unit', () => {
    const plan = samplePlan();
    const extra = { ...plan, units: [...plan.units, { id: 'idle', name: '闲置单位', aliases: [], collective: false, path: ['units', 'idle'] }] };
    expect(runRule(unitUsed, extra)).toEqual([{ path: ['units', 'idle'], message: expect.stringContaining('闲置单位') }]);
  });
  it('lead-accountable flags tasks led only by a collective', () => {
    expect(runRule(leadAccountable, samplePlan()).map((d) => d.path)).toEqual([['phases', 0, 'tasks', 1, 'lead'], ['phases', 1, 'tasks', 2, 'lead']]);
  });
  it('title-length counts characters, not bytes', () => {
    expect(runRule(titleLength, samplePlan(), {}, { max: 10 }).length).toBeGreaterThan(0);
    expect(runRule(titleLength, samplePlan(), {}, { max: 200 })).toEqual([]);
  });
});
