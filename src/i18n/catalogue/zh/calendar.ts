import type { calendar as en } from '../en/calendar.js';

/** 中文:calendar 部分,键与英文相同(由类型保证)。 */
export const calendar: Readonly<Record<keyof typeof en, string>> = {
  'calendar.cancelledPrefix': '已取消：',
  'calendar.splitWritten': 'plan: 已将 {{count}} 个日历对象（每个 UID 一个）写入 {{dir}}',
  'calendar.help.build-base': '上一版方案:日历只对改动过的事件提高 SEQUENCE,并把删去的事件写成已取消',
  'calendar.help.ics-base': '上一版方案:只有改动过的事件 SEQUENCE 提高,删去的事件写成已取消',
  'calendar.help.split': '每个 UID 写成 DIR 中的一个日历对象(用于上传到 CalDAV 服务器)',
  'calendar.base-broken': '上一版方案 {{file}} 有错误:运行“plan lint {{file}}”查看',
};
