import type { importer as en } from '../en/import.js';

/** 中文:import 部分,键与英文相同(由类型保证)。引号中的 {{…}} 是原文,照录。 */
export const importer: Readonly<Record<keyof typeof en, string>> = {
  // 原文未写时,写入方案本身的暂代内容。
  'import.lead.placeholder': '牵头单位待定',
  'import.title.missing': '(标题待补)',
  'import.phase.tasks': '工作任务',
  'import.phase.otherTasks': '其他任务',

  // todo 中如何连接原文:单位列表、时间段。
  'import.list.separator': '、',
  'import.range': '{{start}}至{{end}}',

  // 方案年度的出处(--year 与原文不同时,todo 中写明)。
  'import.yearFrom.period': '实施期限',
  'import.yearFrom.title': '标题',
  'import.yearFrom.docNumber': '文号',
  'import.yearFrom.issued': '成文日期',
  'import.yearFrom.body': '正文',

  // 全方案的 todo。
  'import.todo.noTitle': '未找到方案标题,请填写 title',
  'import.todo.noTasks': '未找到任务:文件中没有可识别的编号条目、单位或日期',
  'import.todo.endsMidSentence': '原文在句中结束(“…{{end}}”),文件可能不完整',
  'import.todo.leadFromTitle': '原文未写任何单位:每项任务的牵头单位暂取标题中的单位(“{{unit}}”),请核实',
  'import.todo.noUnits': '未找到单位:请声明单位并为每项任务指定牵头单位',
  'import.todo.yearOverruled': '原文显示为{{shown}}年(依据:{{from}}),导入时按 --year {{year}}',
  'import.todo.yearFromBody': '方案年度{{year}}取自正文中出现最多的年份,请核实',

  // 阶段的 todo。
  'import.todo.phaseUndated': '原文未写此阶段的时间:暂按方案期限,请填写 when',
  'import.todo.phaseDaysOnly': '原文只写了日({{days}}),月份按活动时间补全:请核实 when',
  'import.todo.phaseEmpty': '此阶段下没有任务',
  'import.todo.phaseEmptyAddTasks': '此阶段下没有任务:请从原文补充任务',
  'import.todo.noPhases': '原文未分阶段:全部任务归入一个覆盖方案期限的阶段,如有步骤请拆分',
  'import.todo.outsidePhases': '这些任务不在原文所列阶段内:请移入某一阶段,或保留此阶段',
  'import.todo.phaseDateDropped': '原文阶段时间“{{text}}”不能照用({{why}}),暂按方案期限:请核实',

  // 任务的 todo:单位。
  'import.todo.leadFromSubject': '牵头单位“{{units}}”取自句子主语,请核实',
  'import.todo.planLeadFilled': '原文未写本项牵头单位,暂填全方案的牵头单位(由…牵头),请确定',
  'import.todo.leadPlaceholder': '原文未写牵头单位:lead 暂为“{{placeholder}}”,请填写',
  'import.todo.notAUnitName': '“{{name}}”不像单位名称(被截断,或是人名?),请核实',
  'import.todo.unreadInBracket': '未能识别单位或时间中的“{{text}}”',
  'import.todo.unreadLine': '未能识别此行:“{{line}}”',

  // 任务的 todo:时间。
  'import.todo.unreadDate': '未能识别时间“{{text}}”',
  'import.todo.tooManyDates': '时间多于一项任务所能容纳:“{{text}}”',
  'import.todo.otherRepeat': '另有周期:“{{text}}”',
  'import.todo.otherDeadline': '正文另有时限“{{text}}”({{end}})',
  'import.todo.otherDeadlineSplit': '正文另有时限“{{text}}”({{end}}),如需单独跟踪请拆分任务',
  'import.todo.otherWindow': '正文另有时间段“{{text}}”({{start}}至{{end}}),如需单独跟踪请拆分任务',
  'import.todo.dateDropped': '原文时间“{{text}}”不能照用({{why}}),已从 {{field}} 移出,原文仍在 detail 中:请核实后填写',

  // 写出的文件开头的注释。
  'import.header.imported': '由 `plan import` 从 {{source}} 导入。每个 todo 是导入时未能确定、须由人核实的一处:',
  'import.header.todos': '核实并修改后删除该 todo;还有 todo 时 plan lint 报错,plan build 照常输出并标“{{mark}}”。',
  'import.header.detail': 'detail 保留每项原文(不含编号和括号中的单位、时限)。',
  'import.header.document': '原文中既不是任务也不是保障措施的部分,照录原文(编译时不读 x- 开头的键)。',
};
