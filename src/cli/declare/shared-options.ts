import { Argument, Option } from 'commander';
import type { Language } from '../../i18n/language.js';
import { t } from '../../i18n/messages.js';

// Arguments and options that several commands take, declared once so that their help reads the
// same everywhere and a change of wording is one edit (in the catalogue). Factories, not
// instances: commander keeps per-command state on each Option. The language defaults to English
// only for declarations that do not pass theirs yet.

/** The plan a command reads (build, ics, tasks). */
export const planArgument = (language: Language = 'en'): Argument => new Argument('[plan]', t(language, 'cli.arg.plan')).default('plan.yaml');

export const holidaysOption = (language: Language = 'en'): Option => new Option('--holidays <file>', t(language, 'cli.opt.holidays'));

export const configOption = (language: Language = 'en'): Option => new Option('-c, --config <file>', t(language, 'cli.opt.config'));

export const localeOption = (language: Language = 'en'): Option => new Option('--locale <locale>', t(language, 'cli.opt.locale'));

/** The language of the terminal's words; read before parsing too (see ../language.ts). */
export const langOption = (language: Language = 'en'): Option => new Option('--lang <lang>', t(language, 'cli.opt.lang'));

// The calendar flags of `plan build` and `plan ics`.
export const todoOption = (language: Language = 'en'): Option => new Option('--todo', t(language, 'cli.opt.todo'));

export const alarmOption = (language: Language = 'en'): Option => new Option('--alarm <days...>', t(language, 'cli.opt.alarm'));

export const noOngoingOption = (language: Language = 'en'): Option => new Option('--no-ongoing', t(language, 'cli.opt.no-ongoing'));

