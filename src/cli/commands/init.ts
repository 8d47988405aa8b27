import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { createWorkCalendar } from '../../dates/holidays/work-calendar.js';
import { UsageError } from '../../diagnostics/errors.js';
import { interpolate } from '../../diagnostics/interpolate.js';
import { t } from '../../i18n/messages.js';
import { writeFileAtomic } from '../../write/file.js';
import { isId } from '../../model/id.js';
import { paths } from '../../paths.js';
import type { ExitCode } from '../exit-code.js';
import { checkIdFlag } from '../id-flag.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';

export interface InitOptions {
  readonly title?: string;
  readonly year?: string;
  readonly id?: string;
  readonly schema?: string;
  readonly force?: boolean;
  readonly lang?: string;
}

const SCHEMA_IN_DEPENDENCY = join('node_modules', 'plan-compiler', 'schemas', 'plan.schema.json');

/** A path an editor resolves against the plan file's folder: forward slashes, starting with `.`. */
function relativeRef(fromDir: string, to: string): string {
  const rel = relative(fromDir, to).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * The `$schema=` target. It must resolve offline, for everyone who clones the project:
 * 1. plan-compiler installed as a dependency of the project: node_modules/…/plan.schema.json,
 *    found from the plan's folder upwards (the path survives a fresh `npm install`);
 * 2. otherwise the schema of the plan-compiler that is running (this repository, or a global
 *    install), relative to the plan; `--schema` overrides both (a URL, for example).
 */
export function schemaRef(planFile: string): string {
  const dir = dirname(planFile);
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, SCHEMA_IN_DEPENDENCY);
    if (existsSync(candidate)) return relativeRef(dir, candidate);
    if (dirname(at) === at) break;
  }
  return relativeRef(dir, paths.planSchema);
}

/** A quoted YAML scalar when the text could be misread as YAML syntax; plain otherwise. */
function yamlText(text: string): string {
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(true|false|null|~|\d[\d.]*)$/i.test(text) || text.includes('\n') ? JSON.stringify(text) : text;
}

/**
 * Example days that are working days in `year`, so the starter plan lints clean in any year. The
 * template writes them as the plan's own wording (`{{dueMonth}}月{{dueDay}}日前`): it is data.
 */
function exampleDays(year: number): { dueMonth: number; dueDay: number; atMonth: number; atDay: number } {
  const calendar = createWorkCalendar();
  const due = calendar.previousWorkingDay(`${year}-05-18`);
  const at = calendar.previousWorkingDay(`${year}-12-14`);
  return { dueMonth: Number(due.slice(5, 7)), dueDay: Number(due.slice(8, 10)), atMonth: Number(at.slice(5, 7)), atDay: Number(at.slice(8, 10)) };
}

/**
 * `plan init [FILE]`: writes a commented starter plan that passes `plan lint`. Never replaces
 * an existing file unless --force. `now` exists for tests; the year defaults to the current one
 * because a starter plan is written for the year ahead of its author.
 */
export function initCommand(file: string | undefined, options: InitOptions, io: Io, now: () => Date = () => new Date()): ExitCode {
  const language = runLanguage(options.lang, io);
  const target = resolve(io.cwd, file ?? 'plan.yaml');
  if (file === '-') throw new UsageError(t(language, 'cli.init.names-a-file'));
  if (existsSync(target) && !options.force) throw new UsageError(t(language, 'cli.init.exists', { file: file ?? 'plan.yaml' }));
  const year = options.year === undefined ? now().getFullYear() : Number(options.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(t(language, 'cli.flag.year', { value: t(language, 'quote', { text: options.year ?? '' }) }));
  const stem = basename(target, extname(target));
  const id = checkIdFlag(options.id ?? (isId(stem) && stem !== 'plan' ? stem : `plan-${year}`), language);
  const title = options.title?.trim() || t(language, 'cli.init.default-title');
  const template = readFileSync(join(paths.templatesDir, 'init.plan.yaml'), 'utf8');
  const text = interpolate(template, { schema: options.schema ?? schemaRef(target), id, title: yamlText(title), year, ...exampleDays(year) });
  writeFileAtomic(target, text, { shown: file ?? 'plan.yaml' });
  io.stdout.write(`plan: ${t(language, 'cli.init.wrote', { file: file ?? 'plan.yaml' })}\n`);
  return 0;
}
