import type { Command } from 'commander';
import type { Language } from '../../i18n/language.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

/**
 * What each file in this folder exports: it adds one command to `program` (name, description,
 * arguments, options) and an action that imports the command's module from ../commands/ only when
 * the command runs, so start-up never pays for code of the commands it does not run. Options are
 * typed with the command module's own interface (a type import, erased from the bundle).
 * Descriptions come from the catalogue in `language`, the run's language as known before parsing
 * (English when a caller, such as a test of one command, gives none).
 */
export type DeclareCommand = (program: Command, io: Io, setExit: (code: ExitCode) => void, language?: Language) => void;
