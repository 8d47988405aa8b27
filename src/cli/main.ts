import { CommanderError } from 'commander';
import { InternalError, UsageError } from '../diagnostics/errors.js';
import { t } from '../i18n/messages.js';
import type { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { langOnArgv, runLanguage } from './language.js';
import { buildProgram } from './program.js';
import { usageMessage } from './usage-words.js';

/** Runs the CLI; the only place that maps outcomes to exit codes 0/1/2. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exit: ExitCode = 0;
  // Help, commander's errors and failures before any plan is read speak the language known now.
  const lang = langOnArgv(argv);
  const language = runLanguage(lang, io);
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') {
    io.stderr.write(`plan: ${t(language, 'cli.flag.lang', { value: t(language, 'quote', { text: lang }) })}\n`);
    return 2;
  }
  const program = buildProgram(
    io,
    (code) => {
      exit = code;
    },
    language,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are requests, not errors; commander has already printed them.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    // Usage errors are worded where they are thrown, in the language of the command or its plan
    // (or, thrown where it was not known, in the run's: see usage-words.ts).
    if (error instanceof UsageError) {
      io.stderr.write(`plan: ${usageMessage(error, language)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const what = t(language, error instanceof InternalError ? 'cli.bug.internal' : 'cli.bug.unexpected', { message });
    io.stderr.write(`plan: ${what}\n${t(language, 'cli.bug.report')}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
