import type { multi as en } from '../en/multi.js';

/** 中文:multi 部分,键与英文相同(由类型保证)。 */
export const multi: Readonly<Record<keyof typeof en, string>> = {
};
