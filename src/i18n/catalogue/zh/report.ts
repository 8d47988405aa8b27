import type { report as en } from '../en/report.js';

/** 中文:report 部分(plan report 督办通报),键与英文相同(由类型保证)。 */
export const report: Readonly<Record<keyof typeof en, string>> = {
  'report.help.description': '一个或多个方案截至某日的工作进展通报：分阶段、分单位统计，逾期未完成、近期到期、逾期完成和久未报送的任务',
  'report.help.plans': '方案文件或通配符（默认：plan.yaml）；其中的进展文件归入各自的方案',
  'report.help.format': '输出格式',
  'report.help.out': '写入文件 FILE，而不是标准输出（在终端里输出 docx、xlsx 时必须指定）',
  'report.help.stale-days': '未完成的任务超过多少天没有报送即算作未报送（默认：{{days}}）',
  'report.help.horizon': '列出多少天内到期的任务（默认：{{days}}）',
  'report.help.width': '终端宽度（列数，默认：终端自身的宽度，否则 80）',

  'report.error.days': '{{flag}} 应写天数（1 或以上的整数），收到的是 {{value}}',
  'report.error.format': '没有 {{value}} 这种通报格式；可选：{{formats}}',
  'report.error.binary-to-terminal': '{{format}} 格式的通报是二进制文件：请用 -o FILE 写入文件，或把标准输出重定向到文件',
  'report.error.progress-with-several-plans': '--progress 只能配一个方案；有多个方案时，请把各方案的进展文件放在方案旁边，或在方案之间直接写出进展文件',

  'report.heading': '工作进展通报',
  'report.as-of': '截至{{date}}',
  'report.heading-as-of': '{{heading}}（{{asOf}}）',

  'report.section.totals': '一、总体情况',
  'report.section.phases': '二、分阶段情况',
  'report.section.units': '三、分单位情况（按牵头单位统计）',
  'report.section.overdue': '四、逾期未完成任务',
  'report.section.due-soon': '五、{{days}}内到期任务（{{from}}至{{to}}）',
  'report.section.finished-late': '六、逾期完成任务',
  'report.section.silent': '七、超过{{days}}未报送任务',

  'report.totals': '共{{total}}项任务，已完成{{done}}项，正常推进{{onTrack}}项，滞后{{behind}}项，逾期未完成{{overdue}}项，暂缓{{paused}}项，取消{{cancelled}}项。',
  'report.totals-also': '其中逾期完成{{doneLate}}项；尚未完成且超过{{days}}未报送{{silent}}项。',
  'report.no-tasks': '方案中没有任务。',

  'report.column.phase': '阶段',
  'report.column.unit': '单位',
  'report.column.total': '任务数',
  'report.column.silent': '超过{{days}}未报送',
  'report.row.total': '合计',

  'report.none': '无。',
  'report.days.one': '1天',
  'report.days.other': '{{n}}天',
  'report.unit-count': '{{unit}}（{{count}}项）',
  'report.plan-label': '【{{plan}}】',
  'report.details': '（{{details}}）',
  'report.clause-sep': '；',
  'report.list-sep': '、',
  'report.item.due': '时限{{date}}',
  'report.item.overdue': '逾期{{days}}',
  'report.item.due-today': '今天到期',
  'report.item.due-in': '还剩{{days}}',
  'report.item.finished-late': '{{date}}完成，逾期{{days}}',
  'report.item.leads': '牵头：{{units}}',
  'report.item.last-report': '最近报送{{date}}：{{state}}',
  'report.item.percent': '{{state}}，{{percent}}%',
  'report.item.never-reported': '从未报送',
  'report.item.never-for': '从未报送，任务开始已{{days}}',
  'report.item.silent-since': '已{{days}}未报送',
};
