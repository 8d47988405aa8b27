import { describe, expect, it } from 'vitest';
import { headerWord, readHeader } from '../../../../src/import/table/columns.js';
import { merged, span, table } from './table-helpers.js';

const roles = (...header: string[]) => readHeader(table(header))?.columns.map((c) => c.role);

describe('header words', () => {
  it('reads the usual headers', () => {
    expect(headerWord('序号')).toBe('number');
    expect(headerWord('序  号')).toBe('number');
    expect(headerWord('重点任务')).toBe('task');
    expect(headerWord('具体措施')).toBe('task');
    expect(headerWord('目标任务')).toBe('task');
    expect(headerWord('牵头单位')).toBe('lead');
    expect(headerWord('主要责任单位')).toBe('lead');
    expect(headerWord('牵头责任单位')).toBe('lead');
    expect(headerWord('配合单位')).toBe('support');
    expect(headerWord('协同责任单位')).toBe('support');
    expect(headerWord('责任单位')).toBe('unit');
    expect(headerWord('完成时限')).toBe('due');
    expect(headerWord('任务完成时限')).toBe('due');
    expect(headerWord('进度安排')).toBe('due');
    expect(headerWord('类别')).toBe('section');
    expect(headerWord('工作目标')).toBe('target');
    expect(headerWord('预期成效')).toBe('target');
    expect(headerWord('备注')).toBe('detail');
    expect(headerWord('姓名')).toBeUndefined();
  });

  it('reads 牵头领导 / 责任领导 as people, not a lead unit', () => {
    expect(headerWord('牵头领导')).toBe('leader');
    expect(headerWord('牵头负责领导')).toBe('leader');
    expect(headerWord('责任领导')).toBe('leader');
    expect(headerWord('责任人')).toBe('leader');
  });

  it('folds traditional script and full-width forms', () => {
    expect(headerWord('序號')).toBe('number');
    expect(headerWord('牽頭單位')).toBe('lead');
    expect(headerWord('責任單位')).toBe('unit');
    expect(headerWord('完成時限')).toBe('due');
    expect(headerWord('重點任務')).toBe('task');
    expect(headerWord('牽頭領導')).toBe('leader');
    expect(headerWord('類別')).toBe('section');
    expect(headerWord('工作目標')).toBe('target');
    expect(headerWord('備註')).toBe('detail');
    expect(headerWord('序　号')).toBe('number');
  });

  it('reads a unit header past its 列第一位 note', () => {
    expect(headerWord('责任单位（列第一位的为牵头单位）')).toBe('unit');
  });
});

describe('readHeader', () => {
  it('five columns: 责任单位 beside 牵头单位 supports', () => {
    expect(roles('序号', '重点任务', '牵头单位', '责任单位', '完成时限')).toEqual(['number', 'task', 'lead', 'support', 'due']);
  });

  it('责任单位 alone leads (武汉: 无牵头单位的，责任单位即为牵头单位)', () => {
    expect(roles('序号', '工作任务', '责任单位', '完成时间')).toEqual(['number', 'task', 'lead', 'due']);
  });

  it('高唐: 类别、任务内容、牵头领导、责任单位', () => {
    expect(roles('类别', '任务内容', '牵头领导', '责任单位')).toEqual(['section', 'task', 'leader', 'lead']);
  });

  it('滁州 1+1+N: 牵头负责领导、牵头责任单位、协同责任单位', () => {
    expect(roles('序号', '重点工作', '牵头负责领导', '牵头责任单位', '协同责任单位')).toEqual(['number', 'task', 'leader', 'lead', 'support']);
  });

  it('谯城: 主要责任单位 and 协同配合单位', () => {
    expect(roles('序号', '工作任务', '主要责任单位', '协同配合单位')).toEqual(['number', 'task', 'lead', 'support']);
  });

  it('traditional headers', () => {
    expect(roles('序號', '重點任務', '牽頭單位', '責任單位', '完成時限')).toEqual(['number', 'task', 'lead', 'support', 'due']);
  });

  it('of two task-like columns the rightmost is the task, the other groups it', () => {
    expect(roles('序号', '重点任务', '具体措施', '责任单位', '完成时限')).toEqual(['number', 'section', 'task', 'lead', 'due']);
  });

  it('a table with units but no task word takes its section column as the task', () => {
    expect(roles('序号', '项目', '责任单位', '完成时限')).toEqual(['number', 'task', 'lead', 'due']);
  });

  it('keeps unknown headers as detail under their name', () => {
    const header = readHeader(table(['序号', '重点任务', '责任单位', '督办科室']));
    expect(header?.columns[3]).toEqual({ col: 3, span: 1, header: '督办科室', role: 'detail' });
  });

  it('is not a task table without a task or unit column', () => {
    expect(readHeader(table(['序号', '姓名', '职务', '分工'], ['1', '张三', '局长', '全面负责']))).toBeUndefined();
    expect(readHeader(table(['日期', '时间', '地点', '参加人员'], ['3月5日', '9:00', '三楼会议室', '全体干部']))).toBeUndefined();
  });

  it('finds the header under a title row', () => {
    const header = readHeader(table([span('重点任务分工表', 4)], ['序号', '重点任务', '责任单位', '完成时限']));
    expect(header?.row).toBe(1);
  });

  it('two-tier header: a merged 责任单位 over 牵头单位 | 配合单位', () => {
    const header = readHeader(
      table(
        ['序号', '工作任务', span('责任单位', 2), '完成时限'],
        [merged('序号'), merged('工作任务'), '牵头单位', '配合单位', merged('完成时限')],
      ),
    );
    expect(header?.depth).toBe(2);
    expect(header?.columns.map((c) => [c.col, c.header, c.role])).toEqual([
      [0, '序号', 'number'],
      [1, '工作任务', 'task'],
      [2, '牵头单位', 'lead'],
      [3, '配合单位', 'support'],
      [4, '完成时限', 'due'],
    ]);
  });

  it('two-tier header with short labels 牵头 | 配合 and empty cells under the single ones', () => {
    const header = readHeader(table(['序号', '重点任务', span('责任单位', 2), '时间节点'], ['', '', '牵头', '配合', '']));
    expect(header?.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'support', 'due']);
  });

  it('one unit header over two unlabelled body columns: the first leads', () => {
    const header = readHeader(table(['序号', '重点任务', span('责任单位', 2), '完成时限'], ['1', '建立台账', '区发改局', '各街道', '3月底前']));
    expect(header?.depth).toBe(1);
    expect(header?.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'support', 'due']);
  });

  it('sees a 列第一位 note in a header cell', () => {
    expect(readHeader(table(['序号', '重点任务', '责任单位（列第一位的为牵头单位）']))?.firstListedLeads).toBe(true);
    expect(readHeader(table(['序号', '重点任务', '责任单位']))?.firstListedLeads).toBe(false);
  });
});
