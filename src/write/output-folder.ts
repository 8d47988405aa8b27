import { closeSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { words } from '../i18n/words.js';
import { cannotWrite, WriteRefusal } from './cannot-write.js';
import { fsyncFolder } from './fsync.js';

/** Lists what `plan` wrote, so a rebuild replaces those files and never touches the user's. */
export const MANIFEST = '.plan-manifest.json';

/** One file of an output folder (an emitter's artifact has this shape). */
export interface OutputFile {
  /** POSIX path relative to the folder. */
  readonly path: string;
  readonly contents: string | Uint8Array;
}

export interface OutputOptions {
  /** The folder as the user named it, for messages (default: the path given). */
  readonly shown?: string;
  /** How long to wait for another build that holds the output folder's lock. */
  readonly lockTimeoutMs?: number;
  /** Test seam: called after each staged file, to simulate failures mid-way. */
  readonly afterFile?: (path: string) => void;
}

/** An output folder being written: files go to a staging folder, swapped in whole by `commit`. */
export interface OutputTransaction {
  /** Stages these files now (so they need not stay in memory until the end). */
  add(files: readonly OutputFile[]): void;
  /** Swaps the staging folder in; the user's own files in the old folder are carried over. */
  commit(): void;
  /** Removes the staging folder; the previous output stays as it was. */
  abort(): void;
}

// Every failure of this module ends the same way: nothing of the new output is visible.
const UNCHANGED = { unchanged: true } as const;

/** Rejects paths that could leave the output folder (`..`, absolute, device names). */
export function safeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(part));
}

function assertSafePaths(files: readonly OutputFile[]): void {
  for (const file of files) {
    if (!safeRelativePath(file.path)) throw new WriteRefusal(words('writing.reason.outside', { file: file.path }));
  }
}

/**
 * Starts writing `outDir`: takes its lock and recovers what a killed build left behind. Until
 * `commit`, every file goes to a staging folder beside it; a failure at any point (or `abort`)
 * leaves the previous output as it was. Files in `outDir` that an earlier build did not write
 * (the user's own, not in the manifest) are carried over into the new folder, never deleted; a
 * new file that would replace one of them stops the build instead. Exactly one of `commit` and
 * `abort` must be called; both release the lock. Every failure is a CannotWriteError.
 */
export function beginOutput(outDir: string, options: OutputOptions = {}): OutputTransaction {
  const shown = options.shown ?? outDir;
  let target: string;
  let unlock: () => void;
  try {
    target = realFolder(resolve(outDir));
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target) && !statSync(target).isDirectory()) throw new WriteRefusal(words('writing.reason.exists-not-folder'));
    unlock = lock(target, options.lockTimeoutMs ?? 30_000);
  } catch (error) {
    throw cannotWrite(shown, error, UNCHANGED);
  }
  const staging = join(dirname(target), `.${basename(target)}.plan-staging-${process.pid}`);
  const retired = join(dirname(target), `.${basename(target)}.plan-old-${process.pid}`);
  const written = new Set<string>();
  const folders = new Set<string>();
  let open = true;
  const abort = (): void => {
    if (!open) return;
    open = false;
    try {
      rmSync(staging, { recursive: true, force: true });
      // If the swap was interrupted between its two renames, put the old output back.
      if (!existsSync(target) && existsSync(retired)) renameSync(retired, target);
    } finally {
      unlock();
    }
  };
  // Runs `work`; on failure, cleans up and reports.
  const guarded = (work: () => void): void => {
    // internal: a bug in plan, not a user's mistake
    if (!open) throw new Error('This output has already been committed or aborted.');
    try {
      work();
    } catch (error) {
      abort();
      throw cannotWrite(shown, error, UNCHANGED);
    }
  };
  guarded(() => {
    recoverInterruptedBuild(target);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
  });
  return {
    add(files) {
      guarded(() => {
        assertSafePaths(files);
        for (const file of files) {
          const path = join(staging, ...file.path.split('/'));
          const folder = dirname(path);
          // One mkdir per folder, not per file: thousands of unit files share two folders.
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          // No fsync per file: thousands of them would cost seconds. Readers and crashes of
          // plan never see a partial folder, since only the finished staging is swapped in.
          writeFileSync(path, file.contents);
          written.add(file.path);
          options.afterFile?.(file.path);
        }
      });
    },
    commit() {
      guarded(() => {
        if (existsSync(target)) carryOverUserFiles(target, staging, written);
        writeFileSync(join(staging, MANIFEST), `${JSON.stringify([...written].sort(), null, 1)}\n`);
        fsyncFolder(staging);
        if (existsSync(target)) renameSync(target, retired);
        renameSync(staging, target);
        fsyncFolder(dirname(target));
        rmSync(retired, { recursive: true, force: true });
      });
      open = false;
      unlock();
    },
    abort,
  };
}

/** Writes every file at once (see beginOutput): the whole output or, on failure, the previous one. */
export function writeOutput(outDir: string, files: readonly OutputFile[], options: OutputOptions = {}): void {
  // Checked before the lock is taken: a bad path must not cost the previous output anything.
  try {
    assertSafePaths(files);
  } catch (error) {
    throw cannotWrite(options.shown ?? outDir, error, UNCHANGED);
  }
  const output = beginOutput(outDir, options);
  output.add(files);
  output.commit();
}

/** A folder reached through a symbolic link is written where the link points; the link stays. */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function readManifest(dir: string): Set<string> {
  try {
    const list = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as unknown;
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Every entry below `dir` that is not a folder, and every empty folder, as POSIX paths relative to it. */
function listEntries(dir: string, prefix = ''): { files: string[]; emptyFolders: string[] } {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.length === 0 && prefix !== '') emptyFolders.push(prefix);
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const below = listEntries(join(dir, entry.name), rel);
      files.push(...below.files);
      emptyFolders.push(...below.emptyFolders);
    } else files.push(rel);
  }
  return { files, emptyFolders };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** An exclusive lock file beside the output folder; a stale one (dead process) is taken over. */
function lock(target: string, timeoutMs: number): () => void {
  const path = `${target}.plan-lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (!isAlive(owner)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new WriteRefusal(words('writing.reason.locked', { lock: path, pid: owner }));
      sleep(50);
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Under the lock, leftovers of other builds can only come from a build that died (killed,
 * power cut): put back an output folder it had moved aside, and remove its half-written staging.
 */
function recoverInterruptedBuild(target: string): void {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.plan-`;
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(`${prefix}staging-`) || name.startsWith(`${prefix}old-`));
  for (const name of leftovers) {
    const path = join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Puts the user's own files (anything the manifest does not list), links and empty folders
 * included, into the new output. One of them with the name of a new file stops the build: plan
 * never replaces a file it did not write.
 */
function carryOverUserFiles(target: string, staging: string, written: ReadonlySet<string>): void {
  const ours = readManifest(target);
  const { files, emptyFolders } = listEntries(target);
  for (const rel of files) {
    if (rel === MANIFEST || ours.has(rel)) continue;
    if (written.has(rel)) throw new WriteRefusal(words('writing.reason.not-ours', { file: rel, manifest: MANIFEST }));
    const to = join(staging, ...rel.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    const from = join(target, ...rel.split('/'));
    if (lstatSync(from).isSymbolicLink()) {
      symlinkSync(readlinkSync(from), to);
      continue;
    }
    try {
      linkSync(from, to); // same inode: no copy, and the original stays until the swap
    } catch {
      copyFileSync(from, to);
    }
  }
  for (const rel of emptyFolders) mkdirSync(join(staging, ...rel.split('/')), { recursive: true });
}
