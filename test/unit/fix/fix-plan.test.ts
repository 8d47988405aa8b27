import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { fixPlan } from '../../../src/fix/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/slips/${name}.yaml`, import.meta.url), 'utf8');
const comments = (text: string) => text.split('\n').flatMap((line) => line.match(/#.*$/)?.[0] ?? []);
const dataOf = (text: string) => parseDocument(text).toJS() as Record<string, Record<string, unknown>>;

function fixed(name: string) {
  const result = fixPlan(fixture(name));
  if (!result.ok) throw new Error(`${name} did not fix`);
  return result;
}

describe('plan lint --fix, one slip at a time', () => {
  it.each([
    ['yaml-fullwidth-colon', 3],
    ['yaml-missing-space', 2],
    ['yaml-fullwidth-space', 2],
    ['yaml-tab-indent', 2],
    ['yaml-fullwidth-dash', 2],
  ] as const)('%s: repaired (%i), the plan lints clean, comments kept, a second run changes nothing', (code, count) => {
    const before = fixture(code);
    const result = fixed(code);
    expect(result.counts[code]).toBe(count);
    expect(compile({ path: 'p.yaml', text: result.text }).diagnostics).toEqual([]);
    expect(comments(result.text).sort()).toEqual(comments(before).sort());
    const again = fixPlan(result.text);
    expect(again).toEqual({ ok: true, text: result.text, counts: { 'yaml-fullwidth-colon': 0, 'yaml-missing-space': 0, 'yaml-fullwidth-space': 0, 'yaml-tab-indent': 0, 'yaml-fullwidth-dash': 0, 'yaml-chinese-key': 0 }, formatted: false, layoutHeld: false });
  });

  it('leaves the text of values alone (a full-width colon inside a title is Chinese)', () => {
    const data = dataOf(fixed('yaml-fullwidth-colon').text);
    expect(data.plan!.title).toBe('会议：第一次');
    expect(dataOf(fixed('yaml-fullwidth-dash').text).plan!.title).toBe('方案——第一版');
  });

  it('gives a tab between two keys of one level that level, and a first-level tab two spaces', () => {
    const text = fixed('yaml-tab-indent').text;
    expect(text).toContain('\n  title: 方案');
    expect(text).toContain('\n        title: 召开会议');
    expect(fixPlan('plan:\n\tid: x\n').ok && (fixPlan('plan:\n\tid: x\n') as { text: string }).text).toBe('plan:\n  id: x\n');
  });

  it('repairs several slips at once, a tabbed list item taking the column of its next key', () => {
    const text = 'plan:\n  id: demo\n  标题：方案 # 起草\n  year: 2018\nunits:\n  dangzheng: 党政条线\nphases:\n  － id: p1\n    title: 阶段\n    when: 5月\n    tasks:\n\t  - id: t1\n        title:召开会议\n        牵头单位: dangzheng\n';
    const result = fixPlan(text);
    expect(result).toMatchObject({ ok: true, counts: { 'yaml-fullwidth-colon': 1, 'yaml-missing-space': 1, 'yaml-tab-indent': 1, 'yaml-fullwidth-dash': 1, 'yaml-chinese-key': 2 } });
    expect(result.ok && result.text).toBe('plan:\n  id: demo\n  title: 方案 # 起草\n  year: 2018\nunits:\n  dangzheng: 党政条线\nphases:\n  - id: p1\n    title: 阶段\n    when: 5月\n    tasks:\n      - id: t1\n        title: 召开会议\n        lead: dangzheng\n');
    expect(compile({ path: 'p.yaml', text: result.ok ? result.text : '' }).diagnostics).toEqual([]);
  });

  it('renames a Chinese key only where one English key fits, and keeps the one that does not', () => {
    const result = fixed('yaml-chinese-key');
    expect(result.counts['yaml-chinese-key']).toBe(2);
    const task = (dataOf(result.text).phases as unknown as { tasks: Record<string, unknown>[] }[])[0]!.tasks[0]!;
    expect(task).toMatchObject({ due: '5月18日前', note: '会议：第一次', 时间: '5月' });
    expect(compile({ path: 'p.yaml', text: result.text }).diagnostics.map((d) => d.code)).toEqual(['yaml-chinese-key']);
    expect(fixPlan(result.text)).toMatchObject({ ok: true, text: result.text });
  });

  it('renames 标题 in a plan but not where the key is taken already', () => {
    const result = fixPlan('plan:\n  标题: 方案\n  id: x\nphases:\n  - id: p1\n    title: 阶段\n    标题: 又一个\n');
    expect(result.ok && result.text).toBe('plan:\n  id: x\n  title: 方案\nphases:\n  - id: p1\n    title: 阶段\n    标题: 又一个\n');
  });

  it.each(['yaml-missing-colon', 'yaml-unclosed-quote', 'yaml-broken-value'])('%s: cannot be repaired mechanically, so nothing is offered', (code) => {
    expect(fixPlan(fixture(code))).toEqual({ ok: false });
  });

  it('holds the layout while a value is folded, so its warning stays', () => {
    const text = fixture('yaml-folded-value');
    expect(fixPlan(text)).toMatchObject({ ok: true, text, layoutHeld: true });
  });

  it('keeps a byte-order mark', () => {
    const result = fixPlan('\ufeffplan:\n  title：方案\n');
    expect(result.ok && result.text).toBe('\ufeffplan:\n  title: 方案\n');
  });
});
