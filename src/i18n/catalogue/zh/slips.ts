import type { slips as en } from '../en/slips.js';

/** 中文:slips 部分,键与英文相同(由类型保证)。 */
export const slips: Readonly<Record<keyof typeof en, string>> = {};
