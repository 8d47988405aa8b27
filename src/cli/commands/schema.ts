import { readFileSync } from 'node:fs';
import { paths } from '../../paths.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

/** `plan schema`: the plan file's JSON Schema, for editors and other validators. */
export function schemaCommand(io: Io): ExitCode {
  io.stdout.write(readFileSync(paths.planSchema, 'utf8'));
  return 0;
}
