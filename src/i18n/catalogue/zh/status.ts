import type { status as en } from '../en/status.js';

/** 中文:status 部分,键与英文相同(由类型保证)。 */
export const status: Readonly<Record<keyof typeof en, string>> = {
};
