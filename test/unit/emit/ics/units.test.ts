import { describe, expect, it } from 'vitest';
import type { ResolvedPlan } from '../../../../src/model/plan.js';
import { calendarsEmitter, createCalendarsEmitter } from '../../../../src/emit/emitters/calendars.js';
import { renderCalendar } from '../../../../src/emit/ics/render-calendar.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { allTasks, bigPlan, GENERATED_AT } from './fixtures.js';
import { parseIcs } from '../../../helpers/ics-parse.js';
import { textOf } from '../../../helpers/text-of.js';

/** Task ids in a calendar, in order, from the UIDs (`task.kind…@plan`). */
function taskIdsIn(text: string): string[] {
  const ids: string[] = [];
  for (const c of parseIcs(text).components) {
    const id = c.uid.replace(/\.(window|due|repeat|todo|at\.[^@]+)@.*$/, '');
    if (ids.at(-1) !== id) ids.push(id);
  }
  return ids;
}

function expectedFor(plan: ResolvedPlan, unit: string): string[] {
  return allTasks(plan)
    .filter((t) => t.lead.includes(unit) || t.support.includes(unit))
    .map((t) => t.id);
}

describe('unit calendars', () => {
  it('hold exactly the tasks a unit leads or supports, in plan order (sample)', () => {
    const plan = samplePlan();
    const artifacts = calendarsEmitter.emit({ plan, generatedAt: GENERATED_AT });
    expect(artifacts.map((a) => a.path)).toEqual(['calendars/all.ics', 'calendars/dangzheng.ics', 'calendars/xuanchuan.ics', 'calendars/dangzuzhi.ics']);
    for (const a of artifacts) expect(a.mediaType).toBe('text/calendar');
    expect(taskIdsIn(textOf(artifacts[0]))).toEqual(allTasks(plan).map((t) => t.id));
    for (const unit of plan.units) {
      const file = artifacts.find((a) => a.path === `calendars/${unit.id}.ics`);
      expect(taskIdsIn(textOf(file)), unit.id).toEqual(expectedFor(plan, unit.id));
    }
    expect(expectedFor(plan, 'xuanchuan')).toEqual(['convene', 'report', 'forums', 'celebrations', 'atmosphere']);
  });

  it('hold exactly the tasks a unit leads or supports (a generated plan of 1,200 tasks, 40 units)', () => {
    const plan = bigPlan(1200, 40, 4);
    const artifacts = calendarsEmitter.emit({ plan, generatedAt: GENERATED_AT });
    expect(artifacts).toHaveLength(41);
    for (const unit of plan.units) {
      const file = artifacts.find((a) => a.path === `calendars/${unit.id}.ics`);
      expect(taskIdsIn(textOf(file)), unit.id).toEqual(expectedFor(plan, unit.id));
    }
  });

  it('names each unit calendar after the plan and the unit', () => {
    const plan = samplePlan();
    const { props } = parseIcs(renderCalendar(plan, { generatedAt: GENERATED_AT, units: ['xuanchuan'] }));
    expect(props['name']).toBe('示例街道解放思想大讨论活动实施方案 · 宣传条线');
    expect(props['x-wr-calname']).toBe('示例街道解放思想大讨论活动实施方案 · 宣传条线');
    expect(props['x-wr-caldesc']).toBe('宣传条线牵头或配合的任务与日程（5项，第1版）');
  });

  it('gives a unit without tasks a valid calendar that says so', () => {
    const plan = samplePlan({ units: [...samplePlan().units, { id: 'idle', name: '闲置科室', aliases: [], collective: false, path: [] }] });
    const idle = calendarsEmitter.emit({ plan, generatedAt: GENERATED_AT }).find((a) => a.path === 'calendars/idle.ics');
    expect(idle).toBeDefined();
    const parsed = parseIcs(textOf(idle));
    expect(parsed.components).toEqual([]);
    expect(parsed.props['x-wr-caldesc']).toBe('闲置科室在本方案中没有牵头或配合的任务；订阅后如方案修订将自动更新。');
  });

  it('a selection of several units is their union, without duplicates, in plan order', () => {
    const plan = samplePlan();
    const text = renderCalendar(plan, { generatedAt: GENERATED_AT, units: ['dangzuzhi', 'dangzheng'] });
    expect(taskIdsIn(text)).toEqual(['convene', 'report', 'forums', 'monthly-report']);
    expect(parseIcs(text).props['name']).toBe('示例街道解放思想大讨论活动实施方案 · 街道各党组织、党政条线');
  });

  it('the emitter passes its options through (VTODO, alarms)', () => {
    const emitter = createCalendarsEmitter({ todo: true, alarms: [{ workingDaysBefore: 1 }] });
    const all = emitter.emit({ plan: samplePlan(), generatedAt: GENERATED_AT })[0]?.contents ?? '';
    expect(all).toContain('BEGIN:VTODO');
    expect(all).toContain('BEGIN:VALARM');
  });
});
