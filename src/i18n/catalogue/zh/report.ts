import type { report as en } from '../en/report.js';

/** 中文:report 部分,键与英文相同(由类型保证)。 */
export const report: Readonly<Record<keyof typeof en, string>> = {
};
