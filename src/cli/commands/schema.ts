import { readFileSync } from 'node:fs';
import { paths } from '../../paths.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

/** `plan schema`: the plan file's JSON Schema (or, with --progress, the progress file's), for editors and other validators. */
export function schemaCommand(io: Io, progress = false): ExitCode {
  io.stdout.write(readFileSync(progress ? paths.progressSchema : paths.planSchema, 'utf8'));
  return 0;
}
