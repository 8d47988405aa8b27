/**
 * 中文里“在方案的哪里”的读法,如“第2阶段第4项任务的“due””。只有中文:英文直接显示路径本身
 * (phases.1.tasks.3.due),没有对应的词。{{n}} 是从 1 数起的序号。
 */
export const whereZh = {
  /** 列表中的一项,按列表的名称。 */
  entry: {
    phases: '第{{n}}阶段',
    tasks: '第{{n}}项任务',
    measures: '第{{n}}项保障措施',
    events: '第{{n}}个活动',
    sessions: '第{{n}}次',
    aliases: '第{{n}}个别称',
  },
  /** 其他列表中的一项。 */
  item: '第{{n}}项',
  /** 路径开头的键。 */
  key: '“{{key}}”',
  /** 前面已有内容时的键。 */
  keyAfter: '的“{{key}}”',
} as const;
