import type { importer as en } from '../en/import.js';

/** 中文:import 部分,键与英文相同(由类型保证)。 */
export const importer: Readonly<Record<keyof typeof en, string>> = {};
