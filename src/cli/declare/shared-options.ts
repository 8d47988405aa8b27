import { Argument, Option } from 'commander';

// Arguments and options that several commands take, declared once so that their help reads the
// same everywhere and a change of wording is one edit. Factories, not instances: commander keeps
// per-command state on each Option.

/** The plan a command reads (build, ics, tasks). */
export const planArgument = (): Argument => new Argument('[plan]', 'plan file, or - for stdin').default('plan.yaml');

export const holidaysOption = (): Option => new Option('--holidays <file>', 'extra holidays and adjusted working days (chinese-days JSON shape)');

export const configOption = (): Option => new Option('-c, --config <file>', 'lint configuration (default: .planlint.yaml if present)');

export const localeOption = (): Option => new Option('--locale <locale>', "labels in zh-CN or en (default: the plan's locale)");

// The calendar flags of `plan build` and `plan ics`.
export const todoOption = (): Option => new Option('--todo', 'also write deadlines as VTODO (Google Calendar ignores VTODO)');

export const alarmOption = (): Option => new Option('--alarm <days...>', 'calendar reminders this many working days before each deadline');

export const noOngoingOption = (): Option => new Option('--no-ongoing', 'leave ongoing measures out of the calendars');
