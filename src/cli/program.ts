import { Command } from 'commander';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { speak } from './commander-words.js';
import { declareBuild } from './declare/build.js';
import type { DeclareCommand } from './declare/declare-command.js';
import { declareDate } from './declare/date.js';
import { declareDiff } from './declare/diff.js';
import { declareFmt } from './declare/fmt.js';
import { declareHelp } from './declare/help.js';
import { declareIcs } from './declare/ics.js';
import { declareImport } from './declare/import.js';
import { declareInit } from './declare/init.js';
import { declareLint } from './declare/lint.js';
import { declareProgress } from './declare/progress.js';
import { declareRules } from './declare/rules.js';
import { declareReport } from './declare/report.js';
import { declareSchema } from './declare/schema.js';
import { declareTasks } from './declare/tasks.js';
import { declareEmitterFlags } from './emitter-flags.js';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/**
 * Every command, in the order `plan --help` lists them (the README's commands table's order).
 * Each is declared in its own file in ./declare/, whose action imports the command's module only
 * when that command runs, so `plan lint` never pays for the calendar or template code.
 */
const COMMANDS: readonly DeclareCommand[] = [
  declareBuild,
  declareLint,
  declareIcs,
  declareTasks,
  declareReport,
  declareDate,
  declareDiff,
  declareProgress,
  declareImport,
  declareInit,
  declareFmt,
  declareSchema,
  declareRules,
  declareHelp,
];

/** The program, its help and commander's own messages in `language` (see ./language.ts: known before parsing). */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void, language: Language = 'en'): Command {
  const program = new Command('plan')
    .description(t(language, 'cli.program'))
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version', t(language, 'cli.help.version-option'))
    .showSuggestionAfterError(true)
    .exitOverride();
  // Before the commands are declared: they inherit these settings.
  speak(program, language, { out: (s) => io.stdout.write(s), err: (s) => io.stderr.write(s) });
  for (const declare of COMMANDS) declare(program, io, setExit, language);
  declareEmitterFlags(program, program.commands.find((command) => command.name() === 'build') as Command, language);
  return program;
}
