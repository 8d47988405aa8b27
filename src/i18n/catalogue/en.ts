import { cli } from './en/cli.js';
import { dates } from './en/dates.js';
import { diff } from './en/diff.js';
import { importer } from './en/import.js';
import { labels } from './en/labels.js';
import { pipeline } from './en/pipeline.js';
import { rules } from './en/rules.js';
import { print } from './en/print.js';
import { slips } from './en/slips.js';

/**
 * Every word a user reads in English, one area a file. Keys are unique across areas
 * (each area's keys start with its name, the pipeline's with a diagnostic code); a test checks it.
 */
export const areas = { pipeline, rules, dates, labels, diff, cli, importer, slips, print } as const;

export const en = { ...pipeline, ...rules, ...dates, ...labels, ...diff, ...cli, ...importer, ...slips, ...print };
export type MessageKey = keyof typeof en;
