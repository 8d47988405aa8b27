import type { calendar as en } from '../en/calendar.js';

/** 中文:calendar 部分,键与英文相同(由类型保证)。 */
export const calendar: Readonly<Record<keyof typeof en, string>> = {
  'calendar.cancelledPrefix': '已取消：',
  'calendar.splitWritten': 'plan: 已将 {{count}} 个日历对象（每个 UID 一个）写入 {{dir}}',
};
