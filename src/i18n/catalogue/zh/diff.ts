import type { diff as en } from '../en/diff.js';

/** 中文:diff 部分,键与英文相同(由类型保证)。 */
export const diff: Readonly<Record<keyof typeof en, string>> = {};
