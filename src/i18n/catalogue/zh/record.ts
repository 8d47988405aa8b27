import type { record as en } from '../en/record.js';

/** 中文:record 部分,键与英文相同(由类型保证)。 */
export const record: Readonly<Record<keyof typeof en, string>> = {
};
