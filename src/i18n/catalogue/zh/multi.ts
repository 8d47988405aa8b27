import type { multi as en } from '../en/multi.js';

/** 中文:multi 部分,键与英文相同(由类型保证)。 */
export const multi: Readonly<Record<keyof typeof en, string>> = {
  'multi.unit-id-conflict':
    '单位编号“{{id}}”在这里是“{{name}}”,在 {{otherFile}} 中却是“{{otherName}}”:合并生成时,两个单位的事项会进入同一个日历和同一份任务清单。若是同一单位,请统一名称或把另一个名称写作别名(aliases);若是不同单位,请给其中一个换一个编号。',
  'multi.unit-ambiguous':
    '单位“{{name}}”的名称或别名与 {{otherFile}} 中的{{others}}都相符,而它不能同时是两个单位:请修改或删去重复相符的名称或别名。',
  'multi.unit-chain':
    '单位“{{name}}”经由另一个方案同时使用的名称或别名,与本方案的“{{other}}”连成了同一个单位:请修改该别名,使本方案的每个单位只对应其他方案中的一个单位。',
  'multi.plan-id-duplicate':
    '方案编号“{{id}}”与 {{otherFile}} 的方案编号相同:两个方案的日历事件会使用相同的 UID 而互相覆盖。请给其中一个方案换一个编号。',
  'multi.related-unit': '{{file}} 中的“{{name}}”',
  'multi.related-plan': '方案 {{file}}',
  'multi.item-label': '【{{label}}】',
  'multi.plans-joined': ';',
  'multi.revisions-joined': '、',
  'multi.calendar.name-all': '全部方案({{count}}个)',
  'multi.calendar.name-unit': '{{unit}} · 全部方案',
  'multi.calendar.description-all': '{{count}}个方案的全部事项:{{titles}}。',
  'multi.calendar.description-unit': '{{unit}}在{{count}}个方案中牵头或配合的事项:{{titles}}。',
  'multi.base-unsupported': '--base 用于把一个方案与它的上一版比较;请逐个方案生成时再使用。',
  'multi.arg.plans': '方案文件或带引号的通配符(默认 plan.yaml,- 表示标准输入);给出多个时一并生成',
  'multi.arg.plans-tasks': '方案文件或带引号的通配符(默认 plan.yaml,- 表示标准输入);给出多个时合并列出',
};
