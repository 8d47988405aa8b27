import type { cli as en } from '../en/cli.js';

/** 中文:cli 部分,键与英文相同(由类型保证)。 */
export const cli: Readonly<Record<keyof typeof en, string>> = {};
