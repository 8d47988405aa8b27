import type { diff as en } from '../en/diff.js';

/** 中文:diff 部分(plan diff 的报告),键与英文相同(由类型保证)。 */
export const diff: Readonly<Record<keyof typeof en, string>> = {
  'diff.heading': '{{plan}}的修改:第 {{from}} 稿 → 第 {{to}} 稿',
  'diff.none': '阶段、任务、截止日期和牵头单位均无变化。',
  'diff.section.plan-id': '方案编号改了(已导入本方案的日历会把每个事件显示两遍:请保留原编号)',

  'diff.section.phases-added': '新增阶段',
  'diff.section.phases-removed': '删除阶段',
  'diff.section.phases-retitled': '阶段标题修改',
  'diff.section.phase-windows': '阶段时间调整',
  'diff.section.tasks-added': '新增任务',
  'diff.section.tasks-removed': '删除任务',
  'diff.section.ids-renamed': '任务编号被改(已订阅的日历事件会失联,请保留原编号)',
  'diff.section.titles-changed': '任务标题修改',
  'diff.section.moved-phase': '任务调到其他阶段',
  'diff.section.deadlines': '截止日期调整(按牵头单位)',
  'diff.section.owners': '责任单位调整',

  'diff.column.id': '编号',
  'diff.column.title': '标题',
  'diff.column.phase': '阶段',
  'diff.column.lead': '牵头单位',
  'diff.column.due': '截止',
  'diff.column.before': '原',
  'diff.column.after': '现',
  'diff.column.unit': '单位',
  'diff.column.task': '任务',
  'diff.column.moved': '调整',
  'diff.column.change': '变化',

  'diff.earlier': '提前 {{n}} 天',
  'diff.later': '推迟 {{n}} 天',
  'diff.measures': '保障措施',
  'diff.lead-added': '牵头 +',
  'diff.lead-removed': '牵头 −',
  'diff.support-added': '配合 +',
  'diff.support-removed': '配合 −',
  'diff.list-separator': '、',
  'diff.change-separator': '; ',
  'diff.window': '{{start}} – {{end}}',
};
