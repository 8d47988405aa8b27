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
import { progress } from './en/progress.js';
import { report } from './en/report.js';
import { bulletin } from './en/bulletin.js';
import { record } from './en/record.js';
import { status } from './en/status.js';
import { multi } from './en/multi.js';

/**
 * Every word a user reads in English, one area a file. Keys are unique across areas
 * (each area's keys start with its name, the pipeline's with a diagnostic code); a test checks it.
 */
export const areas = { pipeline, rules, dates, labels, diff, cli, importer, slips, tasks, calendar, docx, sheet, reading, writing, print, progress, report, bulletin, record, status, multi } as const;

/** A key of any area. */
export type MessageKey = { [A in keyof typeof areas]: keyof (typeof areas)[A] }[keyof typeof areas];

let merged: Readonly<Record<MessageKey, string>> | undefined;

/**
 * Every English word by key, merged on first use: spreading ~1,500 words into one object cost
 * `plan lint` about 5 ms at every start, also when it has nothing to say.
 */
export function englishWords(): Readonly<Record<MessageKey, string>> {
  return (merged ??= Object.assign({}, ...Object.values(areas)) as Record<MessageKey, string>);
}
