import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../../src/paths.js';
import { itFollowsTheSchemaConventions } from './schema-conventions.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;

const schemaText = readFileSync(paths.planSchema, 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;
const planFile = join(paths.packageRoot, 'plans', 'xietang-2018.yaml');
const planText = readFileSync(planFile, 'utf8');

interface Plan {
  plan: Record<string, unknown>;
  units: Record<string, unknown>;
  phases: { id: string; title: string; when: unknown; tasks: Task[] }[];
  measures: { id: string; title: string; lead: unknown; detail: string; when?: unknown }[];
  [key: string]: unknown;
}
interface Task {
  id: string;
  title: string;
  detail: string;
  lead: unknown;
  when?: unknown;
  sessions?: unknown;
  events?: { id: string; title: string; at: unknown; detail?: string }[];
}

const xietang = parse(planText) as Plan;

let validate: ValidateFunction;
beforeAll(() => {
  validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
});

function errorsOf(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** A small valid plan to mutate: one phase, one task, one measure. */
function minimal(): Plan {
  return {
    plan: { id: 'demo-2018', title: '示例方案' },
    units: { dangzheng: '党政条线', xuanchuan: { name: '宣传条线', aliases: ['宣传'] } },
    phases: [{ id: 'mobilize', title: '宣传发动', when: '5月', tasks: [{ id: 'convene', title: '召开会议', detail: '召开会议。', lead: '党政、宣传条线' }] }],
    measures: [{ id: 'lead', title: '强化党的领导', lead: ['dangzheng'], detail: '…' }],
  };
}

describe('schemas/plan.schema.json', () => {
  it('is JSON Schema 2020-12 with a versioned $id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/plan-compiler\.dev\/schemas\/plan\/v\d+\.json$/);
    expect(typeof schema.title).toBe('string');
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['id', 'dateExpression', 'unitRefs', 'task', 'event', 'measure', 'unit']));
  });

  itFollowsTheSchemaConventions(schema);
});

describe('plans/xietang-2018.yaml', () => {
  it('names the schema for editors on its first line', () => {
    expect(planText.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
  });

  it('is valid against the schema', () => {
    expect(errorsOf(xietang)).toEqual([]);
  });

  it('carries the plan facts from the document (and no invented issue date)', () => {
    expect(xietang.plan).toEqual({
      id: 'xietang-jiefang-sixiang-2018',
      title: '斜塘街道解放思想大讨论活动实施方案',
      issuer: '斜塘街道党工委',
      year: 2018,
      period: '从2018年5月开始到2018年年底',
      timezone: 'Asia/Shanghai',
      locale: 'zh-CN',
      revision: 1,
    });
  });

  it('declares the five units', () => {
    expect(Object.keys(xietang.units)).toEqual(['dangzheng', 'xuanchuan', 'jijian', 'zuzhi', 'dangzuzhi']);
    expect(xietang.units.dangzuzhi).toMatchObject({ name: '街道各党组织', collective: true });
  });

  it('has 4 phases with the windows as written and 22 tasks (5/7/5/5)', () => {
    expect(xietang.phases.map((p) => p.when)).toEqual(['5月', '6月至10月', '10月至12月上旬', '12月中旬至年底']);
    expect(xietang.phases.map((p) => p.tasks.length)).toEqual([5, 7, 5, 5]);
    expect(xietang.phases.flatMap((p) => p.tasks)).toHaveLength(22);
  });

  it('gives every lead in document style', () => {
    expect(xietang.phases.map((p) => p.tasks.map((t) => t.lead))).toEqual([
      ['党政、宣传条线', '党政、宣传条线', '宣传条线', '街道各党组织', '宣传条线'],
      ['党政条线', '党政、宣传条线', '街道各党组织', '宣传条线', '宣传条线', '宣传条线', '宣传条线'],
      ['街道各党组织', '纪检、组织条线', '组织条线', '组织条线', '组织条线'],
      ['宣传条线', '纪检条线', '组织、纪检、宣传条线', '街道各党组织', '纪检条线'],
    ]);
  });

  it('dates the forums and the two celebration meetings', () => {
    const tasks = xietang.phases.flatMap((p) => p.tasks);
    const forums = tasks.find((t) => t.id === 'forums');
    expect(forums).toMatchObject({ when: '在8月~10月期间', sessions: 3, lead: '党政、宣传条线' });
    expect(tasks.filter((t) => t.sessions !== undefined)).toHaveLength(1);
    const withEvents = tasks.filter((t) => t.events !== undefined);
    expect(withEvents.map((t) => t.id)).toEqual(['watch-celebrations']);
    expect(withEvents[0]?.events?.map((e) => [e.id, e.at])).toEqual([
      ['national-meeting', '2018年12月18日上午'],
      ['provincial-symposium', '12月20日前后'],
    ]);
  });

  it('has the 4 organisational measures of part 四, ongoing (no when)', () => {
    expect(xietang.measures.map((m) => m.title)).toEqual(['强化党的领导', '搞好分类指导', '营造浓厚氛围', '强化督促检查']);
    expect(xietang.measures.map((m) => m.lead)).toEqual(['党政、宣传条线', '党政、宣传条线', '宣传条线', '各级党组织']);
    expect(xietang.measures.every((m) => m.when === undefined)).toBe(true);
  });

  it('uses readable ids, unique across the plan', () => {
    const ids = [
      ...xietang.phases.map((p) => p.id),
      ...xietang.phases.flatMap((p) => p.tasks.map((t) => t.id)),
      ...xietang.measures.map((m) => m.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('takes every title from its own text', () => {
    const squash = (s: string): string => s.replace(/\s+/g, '');
    for (const task of xietang.phases.flatMap((p) => p.tasks)) {
      expect(squash(task.detail), task.id).toContain(squash(task.title));
      for (const event of task.events ?? []) {
        expect(task.detail, event.id).toContain(event.detail);
        expect(event.detail, event.id).toContain(event.title);
        expect(event.detail, event.id).toContain(event.at);
      }
    }
  });

  const corpusFile = join(process.env.PLAN_CORPUS_DIR ?? '/work/shared/corpus', 'xietang-2018-jiefang-sixiang.txt');
  describe.skipIf(!existsSync(corpusFile))('against the source text (corpus)', () => {
    const corpus = existsSync(corpusFile) ? readFileSync(corpusFile, 'utf8') : '';

    it('reproduces every phase heading, task and lead verbatim', () => {
      xietang.phases.forEach((phase, i) => {
        expect(corpus).toContain(`${i + 1}.${phase.title}(${String(phase.when)})`);
        phase.tasks.forEach((task, j) => {
          expect(corpus, task.id).toContain(`(${j + 1})${task.detail}(牵头单位:${String(task.lead)})`);
        });
      });
    });

    it('reproduces every measure verbatim', () => {
      xietang.measures.forEach((measure, i) => {
        expect(corpus, measure.id).toContain(`${i + 1}.${measure.title}。${measure.detail}`);
      });
    });

    it('keeps the prose sections verbatim under x-document', () => {
      const doc = xietang['x-document'] as { preamble: string; sections: { heading: string; paragraphs: string[] }[] };
      expect(corpus).toContain(doc.preamble);
      expect(doc.sections.map((s) => s.heading.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
      for (const section of doc.sections) {
        expect(corpus).toContain(section.heading);
        for (const paragraph of section.paragraphs) expect(corpus).toContain(paragraph);
      }
    });

    it('keeps the plan period in the document’s own words', () => {
      expect(corpus).toContain(String(xietang.plan.period));
    });
  });
});

describe('invalid plans', () => {
  type Mutation = (p: Plan) => void;
  const task = (p: Plan): Record<string, unknown> => p.phases[0]!.tasks[0] as unknown as Record<string, unknown>;
  const cases: [name: string, mutate: Mutation, keyword: string, instancePath: string, params?: Record<string, unknown>][] = [
    ['unknown key tilte in a task', (p) => { const t = task(p); t.tilte = t.title; delete t.title; }, 'additionalProperties', '/phases/0/tasks/0', { additionalProperty: 'tilte' }],
    ['unknown top-level key', (p) => { p.phase = []; }, 'additionalProperties', '', { additionalProperty: 'phase' }],
    ['unknown key in plan', (p) => { p.plan.isued = '2018-05-02'; }, 'additionalProperties', '/plan', { additionalProperty: 'isued' }],
    ['unknown key in a unit', (p) => { (p.units.xuanchuan as Record<string, unknown>).alias = ['宣传']; }, 'additionalProperties', '/units/xuanchuan', { additionalProperty: 'alias' }],
    ['bad task id a/b', (p) => { task(p).id = 'a/b'; }, 'pattern', '/phases/0/tasks/0/id'],
    ['bad plan id starting with -', (p) => { p.plan.id = '-demo'; }, 'pattern', '/plan/id'],
    ['id longer than 64', (p) => { p.phases[0]!.id = 'a'.repeat(65); }, 'pattern', '/phases/0/id'],
    ['bad unit key', (p) => { p.units['党政'] = '党政条线'; }, 'propertyNames', '/units'],
    ['missing lead', (p) => { delete task(p).lead; }, 'required', '/phases/0/tasks/0', { missingProperty: 'lead' }],
    ['missing plan title', (p) => { delete p.plan.title; }, 'required', '/plan', { missingProperty: 'title' }],
    ['missing phase when', (p) => { delete (p.phases[0] as Partial<Plan['phases'][0]>).when; }, 'required', '/phases/0', { missingProperty: 'when' }],
    ['missing tasks', (p) => { delete (p.phases[0] as Partial<Plan['phases'][0]>).tasks; }, 'required', '/phases/0', { missingProperty: 'tasks' }],
    ['missing units', (p) => { delete (p as Partial<Plan>).units; }, 'required', '', { missingProperty: 'units' }],
    ['missing measure lead', (p) => { delete (p.measures[0] as Partial<Plan['measures'][0]>).lead; }, 'required', '/measures/0', { missingProperty: 'lead' }],
    ['event without at', (p) => { task(p).events = [{ id: 'e', title: '大会' }]; }, 'required', '/phases/0/tasks/0/events/0', { missingProperty: 'at' }],
    ['revision -1', (p) => { p.plan.revision = -1; }, 'minimum', '/plan/revision'],
    ['revision 1.5', (p) => { p.plan.revision = 1.5; }, 'type', '/plan/revision'],
    ['year 1800', (p) => { p.plan.year = 1800; }, 'minimum', '/plan/year'],
    ['year as text', (p) => { p.plan.year = '2018年'; }, 'type', '/plan/year'],
    ['locale fr', (p) => { p.plan.locale = 'fr'; }, 'enum', '/plan/locale'],
    ['issued not ISO', (p) => { p.plan.issued = '2018年5月2日'; }, 'pattern', '/plan/issued'],
    ['issued month 13', (p) => { p.plan.issued = '2018-13-02'; }, 'pattern', '/plan/issued'],
    ['timezone with spaces', (p) => { p.plan.timezone = 'Beijing time'; }, 'pattern', '/plan/timezone'],
    ['empty title', (p) => { p.plan.title = ''; }, 'minLength', '/plan/title'],
    ['no units', (p) => { p.units = {}; }, 'minProperties', '/units'],
    ['no phases', (p) => { p.phases = []; }, 'minItems', '/phases'],
    ['empty lead list', (p) => { task(p).lead = []; }, 'minItems', '/phases/0/tasks/0/lead'],
    ['empty lead string', (p) => { task(p).lead = ''; }, 'minLength', '/phases/0/tasks/0/lead'],
    ['lead as a number', (p) => { task(p).lead = 3; }, 'anyOf', '/phases/0/tasks/0/lead'],
    ['sessions 0', (p) => { task(p).sessions = 0; }, 'minimum', '/phases/0/tasks/0/sessions'],
    ['sessions as text', (p) => { task(p).sessions = '3期'; }, 'anyOf', '/phases/0/tasks/0/sessions'],
    ['span without end', (p) => { task(p).when = { start: '2018-08-01' }; }, 'required', '/phases/0/tasks/0/when', { missingProperty: 'end' }],
    ['empty when', (p) => { p.phases[0]!.when = ''; }, 'minLength', '/phases/0/when'],
    ['collective as text', (p) => { (p.units.xuanchuan as Record<string, unknown>).collective = 'yes'; }, 'type', '/units/xuanchuan/collective'],
    ['calendar holiday not ISO', (p) => { p.calendar = { holidays: ['10月1日'] }; }, 'pattern', '/calendar/holidays/0'],
    ['calendar holiday without date', (p) => { p.calendar = { workdays: [{ name: '调休' }] }; }, 'required', '/calendar/workdays/0', { missingProperty: 'date' }],
  ];

  const table = cases.map(([name, mutate, keyword, instancePath, params]) => ({ name, mutate, keyword, instancePath, params }));
  it.each(table)('$name → $keyword at $instancePath', ({ mutate, keyword, instancePath, params }) => {
    const doc = minimal();
    expect(errorsOf(doc)).toEqual([]);
    mutate(doc);
    const errors = errorsOf(doc);
    expect(errors).toContainEqual(expect.objectContaining({ keyword, instancePath, ...(params ? { params: expect.objectContaining(params) } : {}) }));
    // Nothing reported elsewhere: only the offending node, or the alternative (anyOf) that
    // holds it, whose other branches report a type mismatch.
    for (const error of errors) {
      const inside = error.instancePath.startsWith(instancePath);
      const alternative = instancePath.startsWith(error.instancePath) && ['type', 'anyOf'].includes(error.keyword);
      expect(inside || alternative, JSON.stringify(error)).toBe(true);
    }
  });

  it('accepts x- keys at every level', () => {
    const doc = minimal() as Plan & Record<string, unknown>;
    doc['x-note'] = { anything: [1, 2] };
    doc.plan['x-note'] = '备注';
    (doc.units.xuanchuan as Record<string, unknown>)['x-note'] = 'note';
    (doc.phases[0] as unknown as Record<string, unknown>)['x-owner'] = 'me';
    const t = task(doc);
    t['x-note'] = null;
    t.events = [{ id: 'e1', title: '大会', at: '2018年12月18日上午', 'x-room': 'A' }];
    t.when = { start: '2018-08-01', end: '2018-10-31', 'x-why': 'explicit' };
    (doc.measures[0] as unknown as Record<string, unknown>)['x-note'] = 'n';
    doc.calendar = { 'x-source': '国务院办公厅通知', holidays: [{ date: '2018-10-01', name: '国庆节', 'x-note': 'n' }] };
    expect(errorsOf(doc)).toEqual([]);
  });

  it('accepts the other documented forms (lists, empty support, ISO ranges, dated sessions, calendar days)', () => {
    const doc = minimal();
    doc.plan = { ...doc.plan, issued: '2018-05-02', year: 2018, period: { start: '2018-05-01', end: '2018-12-31' }, timezone: 'Asia/Shanghai', locale: 'en', revision: 0 };
    Object.assign(task(doc), { lead: ['dangzheng', '宣传'], support: [], due: '5月底', at: '2018-05-10', repeat: '每月', note: 'n' });
    doc.phases.push({ id: 'study', title: '学习讨论', when: '2018-06-01..2018-10-31', tasks: [] });
    doc.phases[1]!.tasks.push({ id: 'forums', title: '论坛', detail: '', lead: '党政、宣传条线', sessions: ['8月', '9月', { start: '2018-10-01', end: '2018-10-31' }] });
    doc.measures[0]!.when = '活动期间';
    doc.calendar = { holidays: ['2018-10-01', { date: '2018-10-02' }], workdays: [{ date: '2018-09-29', name: '国庆调休' }] };
    expect(errorsOf(doc)).toEqual([]);
  });
});
