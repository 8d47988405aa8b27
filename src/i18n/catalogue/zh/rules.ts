import type { rules as en } from '../en/rules.js';

/**
 * 中文:检查规则的说明和提示,以及 `plan rules` 列出的各项说明。键与英文相同(由类型保证):
 * `rules.<规则>.description` 是规则说明,`rules.<规则>.<messageId>` 是提示,
 * `rules.stage.<代码>.description` 是读取、校验和解析方案时各项检查的说明。
 */
export const rules: Readonly<Record<keyof typeof en, string>> = {
  // deadline-moved-earlier
  'rules.deadline-moved-earlier.description': 'plan lint --base:完成时限比上一版提前了,须通知相关单位。',
  'rules.deadline-moved-earlier.earlier': '“{{title}}”的截止日期提前了 {{days}} 天({{from}} → {{to}}),合并前请通知{{units}}。',
  'rules.deadline-moved-earlier.units.separator': '、',
  'rules.deadline-moved-earlier.units.none': '相关单位',
  // deadline-working-day
  'rules.deadline-working-day.description': '明确写出的完成时限应落在工作日,而非周末或法定节假日。',
  'rules.deadline-working-day.offDay': '任务“{{task}}”的完成时限{{due}}是{{what}};前一个工作日是{{previous}}。',
  'rules.deadline-working-day.what.break': '{{label}}假期',
  'rules.deadline-working-day.what.weekend': '周末',
  'rules.deadline-working-day.what.day-off': '休息日',
  // lead-accountable
  'rules.lead-accountable.description': '任务须有牵头单位,且不宜仅由集合性单位(如“各部门”“各党组织”)牵头。',
  'rules.lead-accountable.noLead': '任务“{{task}}”没有牵头单位。',
  'rules.lead-accountable.onlyCollective': '任务“{{task}}”仅由集合性单位“{{names}}”牵头:请明确一个负责的牵头单位。',
  'rules.lead-accountable.names.separator': '、',
  // phase-not-empty
  'rules.phase-not-empty.description': '每个阶段至少包含一项任务。',
  'rules.phase-not-empty.empty': '阶段“{{phase}}”没有任务:请补充任务或删除该阶段。',
  // phases-ordered
  'rules.phases-ordered.description': '各阶段按开始时间先后排列(可选:阶段之间不重叠)。',
  'rules.phases-ordered.outOfOrder': '阶段“{{phase}}”开始于{{start}},早于排在其前的阶段“{{previous}}”({{previousStart}})。',
  'rules.phases-ordered.overlaps': '阶段“{{phase}}”开始于{{start}},而阶段“{{previous}}”持续到{{previousEnd}}。',
  // plan-within-holiday-data
  'rules.plan-within-holiday-data.description': '方案的时间不超出已公布节假日安排的年份。',
  'rules.plan-within-holiday-data.pastData': '方案持续到{{end}},但节假日安排只收录到{{first}}–{{last}}年:{{last}}年以后的节假日无法检查。国务院公布后,请在 calendar: 中补充 holidays、workdays,或使用 --holidays 文件。',
  // task-dates-ordered
  'rules.task-dates-ordered.description': '任务的完成时限不得早于开始时间。',
  'rules.task-dates-ordered.dueBeforeStart': '任务“{{task}}”的完成时限{{due}}早于开始时间{{start}}。',
  // task-id-renamed
  'rules.task-id-renamed.description': 'plan lint --base:任务标题未变而编号改了,已订阅日历的人手里的旧事件会失联;请保留原编号。',
  'rules.task-id-renamed.renamed': '任务编号“{{from}}”被改成了“{{to}}”。改编号会让已订阅日历的人手里的旧事件失联,请保留原编号。',
  // plan-id-changed
  'rules.plan-id-changed.description': 'plan lint --base:方案编号改了,已导入该方案的每个日历里的每个事件都会重复一份;请保留原编号。',
  'rules.plan-id-changed.changed': '方案编号由“{{from}}”改成了“{{to}}”。日历事件的标识以方案编号结尾,已导入本方案的日历会把每个事件都显示两遍。请保留原编号。',
  // revision-not-bumped
  'rules.revision-not-bumped.description': 'plan lint --base:方案内容改了而修订版次没有提高,已导入的日历不会更新。',
  'rules.revision-not-bumped.same': '方案自第 {{base}} 版以来有改动,但修订版次仍是 {{revision}}:请提高 revision,日历才会更新。',
  // task-within-phase
  'rules.task-within-phase.description': '任务的时间段和完成时限应在所属阶段之内。',
  'rules.task-within-phase.startsBefore': '任务“{{task}}”开始于{{start}},早于所属阶段“{{phase}}”的开始({{phaseStart}})。',
  'rules.task-within-phase.endsAfter': '任务“{{task}}”持续到{{end}},晚于所属阶段“{{phase}}”的结束({{phaseEnd}})。',
  'rules.task-within-phase.dueOutside': '任务“{{task}}”的完成时限{{due}}不在所属阶段“{{phase}}”({{phaseStart}}至{{phaseEnd}})之内。',
  // title-length
  'rules.title-length.description': '任务标题应简短,便于在日历中阅读;全文放在 detail 中。',
  'rules.title-length.tooLong': '“{{task}}”的标题有{{length}}个字(上限{{max}}):请把全文移到 detail。',
  // unit-used
  'rules.unit-used.description': '声明的每个单位至少牵头或配合一项任务或措施。',
  'rules.unit-used.unused': '单位“{{name}}”({{unit}})已声明但没有任何任务:请删除或分配任务。',
  // unsettled
  'rules.unsettled.description': '没有未核实的 todo:导入时未能确定的每一处都已由人核实,并删除对应的 todo。',
  'rules.unsettled.open': '待核实:{{todo}}(核实后删除此 todo)。',
  // window-clear-of-breaks
  'rules.window-clear-of-breaks.description': '时间段不宜有很大比例落在长假内(如“10月上旬”大半是国庆假期)。',
  'rules.window-clear-of-breaks.swallowed': '{{what}}({{start}}至{{end}})共{{total}}天,其中{{lost}}天在{{label}}假期({{breakStart}}至{{breakEnd}})内。',
  'rules.window-clear-of-breaks.what.phase': '阶段“{{id}}”',
  'rules.window-clear-of-breaks.what.task': '任务“{{id}}”',
  // the pipeline's own diagnostics
  'rules.stage.yaml-syntax.description': '文件不是格式正确的 YAML。',
  'rules.stage.yaml-duplicate-key.description': '同一层中有重复的键。',
  'rules.stage.yaml-warning.description': 'YAML 解析器给出的提示(例如未知的标签)。',
  'rules.stage.yaml-limit.description': '文件超出安全上限(大小、别名数量、嵌套层数)。',
  'rules.stage.encoding-invalid.description': '文件不是有效的 UTF-8 编码,或含有 NUL 字节。',
  'rules.stage.schema-unknown-key.description': '方案格式中没有的键(写错的键不能悄悄放过;自定义的键请以 x- 开头)。',
  'rules.stage.schema-required.description': '缺少必填的键。',
  'rules.stage.schema-type.description': '值的类型不对。',
  'rules.stage.schema-format.description': '值的写法不合要求(编号、YYYY-MM-DD 日期等)。',
  'rules.stage.schema-enum.description': '值不在可选范围内。',
  'rules.stage.schema-range.description': '数字过大或过小,文字或列表过长或过短。',
  'rules.stage.schema-invalid.description': '值不符合方案格式。',
  'rules.stage.plan-year-missing.description': '方案没有年份:没写年份的日期无法确定是哪一天。',
  'rules.stage.duplicate-id.description': '两个阶段、任务、保障措施或活动的编号相同(日历事件靠编号识别)。',
  'rules.stage.unit-name-duplicate.description': '两个单位的名称或别称相同,引用时无法分辨。',
  'rules.stage.progress-plan-mismatch.description': "进展文件记录的是另一个方案(plan: 与方案编号不符)。",
  'rules.stage.progress-unknown-task.description': "进展记录写的任务在方案里不存在。",
  'rules.stage.progress-unknown-unit.description': "进展文件或记录写的单位在方案里没有声明。",
  'rules.stage.progress-invalid-date.description': "进展记录的日期不是日历上的日子(如 2018-02-30)。",
  'rules.stage.unknown-unit.description': '牵头或配合单位不在已声明的单位之中。',
  'rules.stage.timezone-unknown.description': '方案写的时区不存在(带时刻的事项会丢失时刻)。',
  'rules.stage.yaml-fullwidth-colon.description': '键后用了全角冒号“：”,YAML 要求半角“: ”(plan lint --fix 可自动修正)。',
  'rules.stage.yaml-fullwidth-space.description': '缩进里或短横线、冒号后用了全角空格(plan lint --fix 可自动修正)。',
  'rules.stage.yaml-tab-indent.description': '缩进里用了制表符;YAML 只能用空格缩进(plan lint --fix 可自动修正)。',
  'rules.stage.yaml-fullwidth-dash.description': '列表项用“－”“—”或“–”开头,应为半角“- ”(plan lint --fix 可自动修正)。',
  'rules.stage.yaml-missing-colon.description': '键后漏了冒号(如“title 会议”)。',
  'rules.stage.yaml-missing-space.description': '键的冒号后没有空格(如“title:会议”),YAML 会把它读成一个词(plan lint --fix 可自动修正)。',
  'rules.stage.yaml-unclosed-quote.description': '引号没有闭合,或用中文引号“”闭合(指向开头的引号)。',
  'rules.stage.yaml-broken-value.description': '值换行后没有缩进,YAML 会把下一行读成一个新键。',
  'rules.stage.yaml-folded-value.description': '值被折成两行,YAML 合并时会在汉字之间加一个空格。',
  'rules.stage.yaml-chinese-key.description': '用中文写了应为英文的键(如“标题”“牵头单位”应为 title、lead);只有一种可能时 plan lint --fix 会改名。',
  'rules.stage.date-unparseable.description': '日期无法识别。',
  'rules.stage.date-impossible.description': '日期不存在(如 2月30日、13月)。',
  'rules.stage.date-needs-anchor.description': '相对日期(如 N个工作日内、明年)需要发文日期 plan.issued。',
  'rules.stage.date-needs-dates.description': '日期每年或因地而异的时段(如 两会期间、汛期、开学前后):请写明起止日期。',
  'rules.stage.date-holiday-data-missing.description': '要计算工作日的年份不在节假日数据之内。',
  'rules.stage.date-ambiguous.description': '日期有两种理解(“6月前”是 5月31日前还是 6月30日前?):请写 6月底前 或 5月底前。',
  'rules.stage.date-year-rollover.description': '结束月份早于开始月份的时间段,已按跨到下一年理解。',
  'rules.stage.date-placeholder-year.description': '模板年份(20**年)已按方案年份理解。',
  'rules.stage.date-weekday-mismatch.description': '日期旁写的星期(如 星期六)与该日期实际的星期不符。',
  'rules.stage.date-typo.description': '疑似笔误的日期已按最接近的写法理解(如 4月15前 理解为 4月15日前)。',
  'rules.stage.date-fuzzy.description': '按惯例理解的日期(月初=上旬,月底作为起点时取当月最后一天)。',
  'rules.stage.date-kind-mismatch.description': '日期类型与所在的键不符(如把重复周期写成完成时限)。',
  // 无法使用的 .planlint.yaml(detail 是校验器给出的英文说明)
  'rules.config.unreadable': '无法读取配置文件 {{file}}:{{detail}}',
  'rules.config.invalid': '配置文件 {{file}} 有误:{{where}} {{detail}}',
  'rules.config.top-level': '顶层',
  'rules.config.is-invalid': '不符合要求',
  'rules.config.unknown-rule': '配置文件 {{file}}:没有名为“{{id}}”的规则(运行 plan rules 可列出全部规则)',
  'rules.config.no-options': '配置文件 {{file}}:规则“{{id}}”没有可设置的选项',
  'rules.config.bad-options': '配置文件 {{file}}:规则“{{id}}”的选项有误:{{detail}}',
  'rules.config.are-invalid': '不符合要求',
  // plan rules
  'rules.list.stage-heading': '读取、校验和解析方案时的检查(只有默认级别为 warning 或 info 的可以在 .planlint.yaml 中调整):',
};
