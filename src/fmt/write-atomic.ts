import { renameSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` with `text` so a reader never sees half a file: write a temporary file next to
 * it (same folder, so the rename cannot cross file systems), keep the old mode, then rename.
 */
export function writeFileAtomic(file: string, text: string): void {
  // The pid keeps two concurrent runs apart; no clock or randomness is needed for that.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    try {
      chmodSync(temp, statSync(file).mode & 0o7777);
    } catch {
      // A new file keeps the default mode.
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
