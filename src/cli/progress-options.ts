import { Option, type Command } from 'commander';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';

// --progress / --no-progress / --as-of of the commands whose outputs show each task's state
// (build, ics, tasks; declared in src/cli/declare/); see src/cli/progress-states.ts for what they mean there.

const collect = (value: string, previous: unknown): string[] => [...(Array.isArray(previous) ? (previous as string[]) : []), value];

/** Adds the three flags to `command` (new Options each time: commander keeps state on each). */
export function addProgressOptions(command: Command, language: Language = 'en'): Command {
  return command
    .addOption(new Option('--progress <path>', t(language, 'cli.help.progress')).argParser(collect))
    .addOption(new Option('--no-progress', t(language, 'cli.help.no-progress')))
    .addOption(new Option('--as-of <day>', t(language, 'status.help.as-of')));
}

/** `plan tasks --state STATE`: repeatable, or several at once separated by commas. */
export const stateOption = (language: Language = 'en'): Option =>
  new Option('--state <states>', t(language, 'status.help.state', { states: t(language, 'status.help.state-choices') })).argParser(collect);
