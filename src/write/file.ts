import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cannotWrite } from './cannot-write.js';
import { fsyncFolder } from './fsync.js';

export interface WriteFileOptions {
  /** The name to put in a "cannot write" message: the path as the user typed it (default: `file`). */
  readonly shown?: string;
}

/**
 * Replaces `file` with `contents` so that no reader, and no crash or power cut, ever sees half a
 * file: the bytes go to a temporary file beside it (same folder, so the rename cannot cross file
 * systems), are flushed to the disk, and the temporary file is renamed over the target. An
 * existing file keeps its permissions; a symbolic link keeps being a link (its target is
 * replaced, not the link). The parent folder is created if missing. On any failure the target
 * is as it was, the temporary file is gone, and the error is a CannotWriteError.
 *
 * Every single file `plan` writes goes through here (`plan fmt`, `init`, `import -o`, `ics -o`);
 * a whole output folder goes through output-folder.ts.
 */
export function writeFileAtomic(file: string, contents: string | Uint8Array, options: WriteFileOptions = {}): void {
  const shown = options.shown ?? file;
  const target = realTarget(file);
  // The pid keeps two concurrent runs apart; 'wx' refuses to reuse a name someone else holds.
  const temp = join(dirname(target), `.${basename(target)}.plan-${process.pid}.tmp`);
  let created = false;
  try {
    mkdirSync(dirname(target), { recursive: true });
    // A temporary file with our pid can only be left over from a killed run that had the same pid.
    rmSync(temp, { force: true });
    const fd = openSync(temp, 'wx');
    created = true;
    try {
      writeFileSync(fd, contents); // loops until every byte is written
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    keepMode(target, temp);
    renameSync(temp, target);
  } catch (error) {
    if (created) rmSync(temp, { force: true });
    throw cannotWrite(shown, error);
  }
  fsyncFolder(dirname(target));
}

/** The file a path names, through any symbolic links; the path itself when nothing is there yet. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The temporary file has the default mode (cut by the umask); a file being replaced keeps its own. */
function keepMode(target: string, temp: string): void {
  let mode: number;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    return;
  }
  chmodSync(temp, mode);
}
