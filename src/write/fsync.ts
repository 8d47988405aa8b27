import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Flushes a folder's entries (a rename into it) to the disk, so a power cut after `plan` says
 * "wrote" cannot bring the old name back. Some file systems refuse fsync on a folder; the rename
 * itself is atomic all the same, so that refusal is not a failure to write.
 */
export function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // See above: nothing to report.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
