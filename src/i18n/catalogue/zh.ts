import { calendar } from './zh/calendar.js';
import { cli } from './zh/cli.js';
import { dates } from './zh/dates.js';
import { diff } from './zh/diff.js';
import { docx } from './zh/docx.js';
import { importer } from './zh/import.js';
import { labels } from './zh/labels.js';
import { pipeline } from './zh/pipeline.js';
import { print } from './zh/print.js';
import { reading } from './zh/reading.js';
import { rules } from './zh/rules.js';
import { sheet } from './zh/sheet.js';
import { slips } from './zh/slips.js';
import { tasks } from './zh/tasks.js';
import { writing } from './zh/writing.js';
import { progress } from './zh/progress.js';
import { report } from './zh/report.js';
import { bulletin } from './zh/bulletin.js';
import { record } from './zh/record.js';
import { status } from './zh/status.js';
import { multi } from './zh/multi.js';
import type { MessageKey } from './en.js';

/**
 * Every word a user reads in Chinese, one area a file. Keys are unique across areas
 * (each area's keys start with its name, the pipeline's with a diagnostic code); a test checks it.
 */
export const areas = { pipeline, rules, dates, labels, diff, cli, importer, slips, tasks, calendar, docx, sheet, reading, writing, print, progress, report, bulletin, record, status, multi } as const;

let merged: Readonly<Record<MessageKey, string>> | undefined;

/** Every Chinese word by key, merged on first use (see englishWords). Each area is typed by the English keys. */
export function chineseWords(): Readonly<Record<MessageKey, string>> {
  return (merged ??= Object.assign({}, ...Object.values(areas)) as Record<MessageKey, string>);
}
