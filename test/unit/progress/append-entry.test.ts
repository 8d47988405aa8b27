import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendEntry, type NewEntry } from '../../../src/progress/append-entry.js';

const entry: NewEntry = { task: 'forums', date: '2018-06-10', state: '推进中', percent: 40, note: '第一期论坛: 已办。', unit: '宣传条线' };
const file = { schema: '../schemas/progress.schema.json', plan: 'sample-2018' };
const entriesOf = (text: string) => (parse(text) as { entries: Record<string, unknown>[] }).entries;

describe('appendEntry', () => {
  it('starts a new file with the schema comment, the plan and (per unit) the unit', () => {
    const text = appendEntry(undefined, { task: 'forums', date: '2018-06-10', state: '已完成' }, { ...file, unit: '宣传条线' });
    expect(text).toBe(
      ['# yaml-language-server: $schema=../schemas/progress.schema.json', 'plan: sample-2018', 'unit: 宣传条线', 'entries:', '  - task: forums', '    date: 2018-06-10', '    state: 已完成', ''].join('\n'),
    );
  });

  it('appends after the last entry, keeping comments, blank lines and the indentation of the file', () => {
    const before = ['# 宣传条线报送', 'plan: sample-2018', '', 'entries:', '# 五月', '- task: convene # 会议', '  date: 2018-05-10', '  state: 推进中', '', '# 以下为六月', ''].join('\n');
    const after = appendEntry(before, entry, file);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(['- task: forums', '  date: 2018-06-10', '  state: 推进中', '  percent: 40', '  note: "第一期论坛: 已办。"', '  unit: 宣传条线', ''].join('\n'));
    expect(entriesOf(after).at(-1)).toEqual({ task: 'forums', date: '2018-06-10', state: '推进中', percent: 40, note: '第一期论坛: 已办。', unit: '宣传条线' });
  });

  it('writes one-line entries in a file that writes them so, and fills an empty flow list', () => {
    const flowItems = 'plan: sample-2018\nentries:\n  - { task: convene, date: 2018-05-10, state: 推进中 }\n';
    expect(appendEntry(flowItems, { task: 'report', date: '2018-05-12', state: '已完成' }, file)).toBe(`${flowItems}  - { task: report, date: 2018-05-12, state: 已完成 }\n`);
    const empty = appendEntry('plan: sample-2018\nentries: []  # 暂无\n', { task: 'report', date: '2018-05-12', state: '已完成' }, file);
    expect(empty).toBe('plan: sample-2018\nentries: [{ task: report, date: 2018-05-12, state: 已完成 }]  # 暂无\n');
    expect(entriesOf(empty)).toHaveLength(1);
  });

  it('inserts before keys that follow the list, and starts a list where there is none', () => {
    const middle = 'entries:\n  - task: convene\n    date: 2018-05-10\n    state: 推进中\nplan: sample-2018 # 末尾\n';
    const added = appendEntry(middle, { task: 'report', date: '2018-05-12', state: '已完成' }, file);
    expect(added).toBe('entries:\n  - task: convene\n    date: 2018-05-10\n    state: 推进中\n  - task: report\n    date: 2018-05-12\n    state: 已完成\nplan: sample-2018 # 末尾\n');
    expect(appendEntry('plan: sample-2018\nentries:\n', { task: 'report', date: '2018-05-12', state: '取消' }, file)).toBe('plan: sample-2018\nentries:\n  - task: report\n    date: 2018-05-12\n    state: 取消\n');
    expect(appendEntry('plan: sample-2018', { task: 'report', date: '2018-05-12', state: '取消' }, file)).toBe('plan: sample-2018\nentries:\n  - task: report\n    date: 2018-05-12\n    state: 取消\n');
  });

  it('quotes what YAML would misread, keeps Windows line ends', () => {
    const text = appendEntry('plan: x\r\nentries:\r\n  - task: a\r\n    date: 2018-05-10\r\n    state: 推进中\r\n', { task: 'true', date: '2018-05-11', state: '推进中', note: '#1 "引号"\n第二行' }, file);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(entriesOf(text).at(-1)).toEqual({ task: 'true', date: '2018-05-11', state: '推进中', note: '#1 "引号"\n第二行' });
  });
});
