import type { dates as en } from '../en/dates.js';

/** 中文:dates 部分,键与英文相同(由类型保证)。 */
export const dates: Readonly<Record<keyof typeof en, string>> = {};
