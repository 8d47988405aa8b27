import { calendar } from './en/calendar.js';
import { cli } from './en/cli.js';
import { dates } from './en/dates.js';
import { diff } from './en/diff.js';
import { docx } from './en/docx.js';
import { importer } from './en/import.js';
import { labels } from './en/labels.js';
import { pipeline } from './en/pipeline.js';
import { print } from './en/print.js';
import { reading } from './en/reading.js';
import { rules } from './en/rules.js';
import { sheet } from './en/sheet.js';
import { slips } from './en/slips.js';
import { tasks } from './en/tasks.js';
import { writing } from './en/writing.js';

/**
 * Every word a user reads in English, one area a file. Keys are unique across areas
 * (each area's keys start with its name, the pipeline's with a diagnostic code); a test checks it.
 */
export const areas = { pipeline, rules, dates, labels, diff, cli, importer, slips, tasks, calendar, docx, sheet, reading, writing, print } as const;

export const en = { ...pipeline, ...rules, ...dates, ...labels, ...diff, ...cli, ...importer, ...slips, ...tasks, ...calendar, ...docx, ...sheet, ...reading, ...writing, ...print };
export type MessageKey = keyof typeof en;
