import type { progress as en } from '../en/progress.js';

/** 中文:进展部分(任务状态与进度判定在各输出中的写法),键与英文相同(由类型保证)。 */
export const progress: Readonly<Record<keyof typeof en, string>> = {
  'progress.state.not-started': '未启动',
  'progress.state.in-progress': '推进中',
  'progress.state.done': '已完成',
  'progress.state.behind': '滞后',
  'progress.state.paused': '暂缓',
  'progress.state.cancelled': '取消',
  'progress.state.unreported': '未报送',

  'progress.standing.done': '已完成',
  'progress.standing.on-track': '正常推进',
  'progress.standing.behind': '滞后',
  'progress.standing.overdue': '逾期未完成',
  'progress.standing.paused': '暂缓',
  'progress.standing.cancelled': '取消',
  'progress.standing.silent': '超过{{days}}天未报送',
  'progress.standing.done-late': '逾期完成',

  'progress.measures': '组织保障措施',
};
