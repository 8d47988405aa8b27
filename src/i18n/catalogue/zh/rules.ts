import type { rules as en } from '../en/rules.js';

/** 中文:rules 部分,键与英文相同(由类型保证)。 */
export const rules: Readonly<Record<keyof typeof en, string>> = {};
