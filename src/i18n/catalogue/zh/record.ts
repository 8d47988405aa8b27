import type { record as en } from '../en/record.js';

/** 中文:record 部分(plan progress:记录一条进展),键与英文相同(由类型保证)。 */
export const record: Readonly<Record<keyof typeof en, string>> = {
  'record.help.description': '记录某项任务的一条进展:追加到方案的进展文件(保留注释),写入前先检查',
  'record.help.plan': '方案文件',
  'record.help.task': '任务编号,或任务的完整标题',
  'record.help.state': '状态:未启动 推进中 已完成 滞后 暂缓 取消(也可写英文 not-started in-progress done behind paused cancelled)',
  'record.help.date': '报告日期,YYYY-MM-DD;已完成的写完成日期(默认:SOURCE_DATE_EPOCH,否则今天)',
  'record.help.percent': '完成百分比,0 到 100',
  'record.help.note': '备注(做了什么、为何滞后等)',
  'record.help.unit': '报送单位(编号、名称或简称);方案旁有 <方案名>.progress/ 目录时写入该单位的文件',
  'record.help.file': '追加到哪个进展文件(默认:有 <方案名>.progress/ 目录时为其中的 <单位>.yaml,否则为 <方案名>.progress.yaml)',

  'record.recorded': '已记入 {{file}}:{{task}}——{{date}} {{state}}{{percent}}({{from}})。',
  'record.percent': ',完成 {{percent}}%',
  'record.day.given': '日期取自 --date',
  'record.day.epoch': '日期取自 SOURCE_DATE_EPOCH',
  'record.day.today': '日期为今天;如需其他日期请用 --date',

  'record.no-stdin': 'plan progress 要写在方案文件旁边:请给出方案文件名,不能从标准输入读取。',
  'record.plan-broken': '未记录:{{file}} 有错误(见上),无法读出其中的任务。',
  'record.refused': '未记录:写入后 {{file}} 会出现上面的错误。请改正命令(或该文件)后再运行。',
  'record.unknown-task': '{{file}} 中没有任务“{{task}}”。请写任务编号(plan tasks 可列出)或完整的任务标题。',
  'record.unknown-task.suggest': '方案里没有编号为“{{task}}”的任务。您是否指{{names}}?',
  'record.ambiguous-title': '有几项任务的标题都是“{{title}}”:请写所指任务的编号({{ids}})。',
  'record.unknown-state': '不认识的状态“{{state}}”。请写以下之一:{{states}}。',
  'record.unknown-unit': '不认识的单位“{{unit}}”。方案中的单位有:{{units}}。',
  'record.unknown-unit.suggest': '不认识的单位“{{unit}}”。是否要写 {{names}}?',
  'record.bad-percent': '--percent {{value}} 不是 0 到 100 之间的整数。',
  'record.bad-date': '--date {{value}} 不是有效日期;请写成 YYYY-MM-DD(或 2018年5月10日)。',
};
