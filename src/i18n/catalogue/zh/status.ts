import type { status as en } from '../en/status.js';

/** 中文:status 部分(日历、单位清单、概要与 plan tasks 中各项任务的进展),键与英文相同(由类型保证)。 */
export const status: Readonly<Record<keyof typeof en, string>> = {
  'status.heading': '进展',
  'status.cell.done': '{{state}}（{{date}}）',
  'status.cell.percent': '{{state}}（{{percent}}%）',
  'status.mark.done': '【已完成】',
  'status.mark.paused': '【暂缓】',
  'status.mark.cancelled': '【已取消】',
  'status.help.as-of': '按此日的进展显示各项任务状态，如 2018-09-30（默认：各任务最新一次报送）',
  'status.help.state': '只列出这些状态的任务（可重复此参数或用逗号分隔）：{{states}}；“未完成”指既未完成也未取消的任务',
  'status.help.state-choices': '未启动、推进中、已完成、滞后、暂缓、取消、未报送、未完成（也可用英文 id，如 done）',
  'status.flag.state': '--state 可取 {{states}}，实际为 {{value}}',
  'status.state.open': '未完成',
  'status.choice-separator': '、',
} as const;
