import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { planToJson } from '../../../src/emit/emitters/plan-json.js';
import { formatPlan } from '../../../src/fmt/format.js';
import { keyOrder } from '../../../src/fmt/order.js';
import { paths } from '../../../src/paths.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, fixtures), 'utf8');
const xietang = read('revisions/xietang-2018-r1.yaml');
const comments = (text: string) => text.split('\n').flatMap((l) => [...l.matchAll(/(?:^|\s)(#.*)$/g)].map((m) => m[1]!.trim())).sort();

const samples = [
  'revisions/xietang-2018-r1.yaml',
  'revisions/xietang-2018-r2.yaml',
  ...readdirSync(new URL('valid/', fixtures)).map((f) => `valid/${f}`),
];

describe('plan fmt: canonical layout', () => {
  for (const name of samples) {
    it(`${name}: idempotent, same data, every comment kept`, () => {
      const once = formatPlan(read(name));
      expect(once.errors).toEqual([]);
      const twice = formatPlan(once.text);
      expect(twice.text).toBe(once.text);
      expect(twice.changed).toBe(false);
      expect(parse(once.text)).toEqual(parse(read(name)));
      expect(comments(once.text)).toEqual(comments(read(name)));
    });
  }

  it('formats the Xietang plan into a plan that compiles to the same plan.json', () => {
    const formatted = formatPlan(xietang).text;
    expect(formatted).not.toBe(xietang);
    const json = (text: string) => planToJson(compile({ path: 'x.yaml', text }).plan!);
    expect(json(formatted)).toEqual(json(xietang));
    // The schema line stays first, so editors still find the schema.
    expect(formatted.split('\n')[0]).toBe(xietang.split('\n')[0]);
  });

  it('orders task keys: who and when first, detail and note after, x- keys last', () => {
    const text = [
      'plan: { id: p, title: 方案, year: 2018 }',
      'units: { a: 甲 }',
      'phases:',
      '- tasks:',
      '  - x-mine: 1',
      '    detail: 长文',
      '    # 截止日期来自原文',
      '    due: 5月20日前',
      '    lead: 甲',
      '    title: 任务',
      '    id: t1',
      '  when: 5月',
      '  title: 阶段',
      '  id: p1',
      '',
    ].join('\n');
    const out = formatPlan(text).text;
    expect(out).toBe(
      [
        'plan: { id: p, title: 方案, year: 2018 }',
        'units: { a: 甲 }',
        'phases:',
        '  - id: p1',
        '    title: 阶段',
        '    when: 5月',
        '    tasks:',
        '      - id: t1',
        '        title: 任务',
        '        lead: 甲',
        '        # 截止日期来自原文',
        '        due: 5月20日前',
        '        detail: 长文',
        '        x-mine: 1',
        '',
      ].join('\n'),
    );
  });

  it('keeps scalar styles and never folds long text', () => {
    const long = '很长的说明'.repeat(40);
    const text = `plan:\n  title: "带引号"\n  id: p\nunits:\n  a: 甲\nphases: []\nx-note: |\n  第一行\n  第二行\nx-long: ${long}\n`;
    const out = formatPlan(text).text;
    expect(out).toContain('  title: "带引号"');
    expect(out).toContain('x-note: |\n  第一行\n  第二行\n');
    expect(out).toContain(`x-long: ${long}\n`);
  });

  it('leaves a file that does not parse untouched and says why', () => {
    const broken = 'plan: { id: p\n';
    const result = formatPlan(broken);
    expect(result.text).toBe(broken);
    expect(result.changed).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('knows every key the schema defines, so the order cannot fall behind the schema', () => {
    const schema = JSON.parse(readFileSync(paths.planSchema, 'utf8')) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
      $defs: Record<string, { properties?: Record<string, unknown>; anyOf?: { properties?: Record<string, unknown> }[] }>;
    };
    const keysOf = (node: { properties?: Record<string, unknown>; anyOf?: { properties?: Record<string, unknown> }[] } | undefined) =>
      Object.keys(node?.properties ?? node?.anyOf?.find((b) => b.properties)?.properties ?? {});
    const check = (listed: readonly string[], defined: string[]) => expect(defined.filter((k) => !listed.includes(k))).toEqual([]);
    check(keyOrder.root, Object.keys(schema.properties));
    check(keyOrder.plan, keysOf(schema.properties.plan));
    check(keyOrder.calendar, keysOf(schema.properties.calendar));
    check(keyOrder.phase, keysOf(schema.$defs.phase));
    check(keyOrder.task, keysOf(schema.$defs.task));
    check(keyOrder.measure, keysOf(schema.$defs.measure));
    check(keyOrder.event, keysOf(schema.$defs.event));
    check(keyOrder.unit, keysOf(schema.$defs.unit));
    check(keyOrder.calendarDay, keysOf(schema.$defs.calendarDay));
  });
});
