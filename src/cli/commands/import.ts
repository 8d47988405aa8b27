import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { countBySeverity } from '../../diagnostics/sort.js';
import { UsageError } from '../../diagnostics/errors.js';
import { buildDraft, countTodos, docxToText, emitYaml, MissingYearError } from '../../import/index.js';
import { paths } from '../../paths.js';
import { compilePlan } from '../compile-plan.js';
import type { ExitCode } from '../exit-code.js';
import { decodeUtf8, type Io } from '../io.js';
import { printDiagnostics } from '../report.js';

export interface ImportCommandOptions {
  readonly out?: string;
  readonly year?: string;
  readonly id?: string;
  readonly force?: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A .docx is a zip archive: "PK\3\4" at the start, whatever the file is called. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readDocument(file: string, io: Io): Promise<string> {
  if (file === '-') return io.readStdin();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  if (isZip(bytes) || /\.docx$/i.test(file)) {
    try {
      return await docxToText(bytes);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: not a readable .docx (${(error as Error).message.split('\n')[0]})`);
    }
  }
  if (/\.doc$/i.test(file) || bytes.includes(0)) throw new UsageError(`cannot read ${file}: a binary file; save it as .docx or plain text`);
  return decodeUtf8(bytes);
}

/** Writes beside the target, then renames: a reader never sees half a plan. */
function writeAtomically(target: string, text: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${target}: ${(error as Error).message}`);
  }
}

/**
 * `plan import FILE [-o PLAN]`: a plan document (text or .docx) into plan YAML, then the lint of
 * what was written. 0: clean; 1: written, but errors or TODOs need a human; 2: unreadable input.
 */
export async function importCommand(file: string, options: ImportCommandOptions, io: Io): Promise<ExitCode> {
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw new UsageError(`--year takes a year such as 2023, got '${options.year}'`);
  if (options.id !== undefined && !ID.test(options.id)) throw new UsageError(`--id '${options.id}' is not an id (letters, digits, . _ -; at most 64)`);
  const target = options.out !== undefined && options.out !== '-' ? resolve(io.cwd, options.out) : undefined;
  if (target && existsSync(target) && !options.force) throw new UsageError(`${options.out} exists; pass --force to overwrite it`);

  const text = await readDocument(file, io);
  let draft;
  try {
    draft = buildDraft(text, { ...(year !== undefined ? { year } : {}), ...(options.id ? { id: options.id } : {}) });
  } catch (error) {
    if (error instanceof MissingYearError) throw new UsageError(`${file === '-' ? '<stdin>' : file}: ${error.message}`);
    throw error;
  }
  const schemaFrom = target ? dirname(target) : io.cwd;
  const schema = relative(schemaFrom, paths.planSchema).split(sep).join('/');
  const yaml = emitYaml(draft, { schema, source: file === '-' ? '<stdin>' : basename(file) });

  if (target) writeAtomically(target, yaml);
  else io.stdout.write(yaml);

  const shown = options.out && options.out !== '-' ? options.out : '<stdout>';
  const result = compilePlan({ path: shown, text: yaml });
  const diagnostics = printDiagnostics([{ file: shown, text: yaml, result }], 'stylish', io, io.stderr);
  const { errors } = countBySeverity(diagnostics);
  const todos = countTodos(draft);
  if (todos > 0) io.stderr.write(`plan import: ${todos} TODO${todos === 1 ? '' : 's'} to settle in ${shown} (search for "TODO")\n`);
  return errors > 0 || todos > 0 ? 1 : 0;
}
