import type { labels as en } from '../en/labels.js';

/** 中文:labels 部分,键与英文相同(由类型保证)。 */
export const labels: Readonly<Record<keyof typeof en, string>> = {};
