import type { sheet as en } from '../en/sheet.js';

/** 中文:sheet 部分,键与英文相同(由类型保证)。单位任务清单工作簿(units/<单位>.xlsx)的日期显示格式等。 */
export const sheet: Readonly<Record<keyof typeof en, string>> = {
  'sheet.date-format': 'yyyy"年"m"月"d"日";@',
};
