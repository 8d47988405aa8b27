import type { bulletin as en } from '../en/bulletin.js';

/** 中文:bulletin 部分,键与英文相同(由类型保证)。 */
export const bulletin: Readonly<Record<keyof typeof en, string>> = {
};
