import { closeSync, existsSync, linkSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, fsyncSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Artifact } from './artifact.js';

/** Lists what `plan` wrote, so a rebuild replaces those files and never touches the user's. */
export const MANIFEST = '.plan-manifest.json';

export interface WriteOptions {
  /** How long to wait for another build that holds the output folder's lock. */
  readonly lockTimeoutMs?: number;
  /** Test seam: called after each staged file, to simulate failures mid-way. */
  readonly afterFile?: (path: string) => void;
}

/** Rejects paths that could leave the output folder (`..`, absolute, device names). */
export function safeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(part));
}

function assertSafePaths(artifacts: readonly Artifact[]): void {
  for (const artifact of artifacts) {
    if (!safeRelativePath(artifact.path)) throw new Error(`Refusing to write outside the output folder: ${artifact.path}`);
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

/** Every file below `dir`, as POSIX paths relative to it. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
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
      if (Date.now() > deadline) throw new Error(`Another build is writing ${target} (lock ${path} held by process ${owner}).`);
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

/** An output folder being written: files go to a staging folder, swapped in whole by `commit`. */
export interface OutputTransaction {
  /** Stages these files now (so they need not stay in memory until the end). */
  add(artifacts: readonly Artifact[]): void;
  /** Swaps the staging folder in; the user's own files in the old folder are carried over. */
  commit(): void;
  /** Removes the staging folder; the previous output stays as it was. */
  abort(): void;
}

/**
 * Starts writing `outDir`: takes its lock and recovers what a killed build left behind. Until
 * `commit`, every file goes to a staging folder beside it; a failure at any point (or `abort`)
 * leaves the previous output as it was. Files in `outDir` that an earlier build did not write
 * (the user's own) are carried over into the new folder, never deleted. Exactly one of
 * `commit` and `abort` must be called; both release the lock.
 */
export function beginOutput(outDir: string, options: WriteOptions = {}): OutputTransaction {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target) && !statSync(target).isDirectory()) throw new Error(`${outDir} exists and is not a folder.`);
  const unlock = lock(target, options.lockTimeoutMs ?? 30_000);
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
  // Runs `work`; on failure, cleans up and rethrows.
  const guarded = (work: () => void): void => {
    if (!open) throw new Error('This output has already been committed or aborted.');
    try {
      work();
    } catch (error) {
      abort();
      throw error;
    }
  };
  guarded(() => {
    recoverInterruptedBuild(target);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
  });
  return {
    add(artifacts) {
      guarded(() => {
        assertSafePaths(artifacts);
        for (const artifact of artifacts) {
          const file = join(staging, ...artifact.path.split('/'));
          const folder = dirname(file);
          // One mkdir per folder, not per file: thousands of unit files share two folders.
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          writeFileSync(file, artifact.contents);
          written.add(artifact.path);
          options.afterFile?.(artifact.path);
        }
      });
    },
    commit() {
      guarded(() => {
        if (existsSync(target)) carryOverUserFiles(target, staging, written);
        writeFileSync(join(staging, MANIFEST), `${JSON.stringify([...written].sort(), null, 1)}\n`);
        fsyncDir(staging);
        if (existsSync(target)) renameSync(target, retired);
        renameSync(staging, target);
        rmSync(retired, { recursive: true, force: true });
      });
      open = false;
      unlock();
    },
    abort,
  };
}

/** Writes every artifact at once (see beginOutput): the whole output or, on failure, the previous one. */
export function writeArtifacts(outDir: string, artifacts: readonly Artifact[], options: WriteOptions = {}): void {
  // Checked before the lock is taken: a bad path must not cost the previous output anything.
  assertSafePaths(artifacts);
  const output = beginOutput(outDir, options);
  output.add(artifacts);
  output.commit();
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

function carryOverUserFiles(target: string, staging: string, written: ReadonlySet<string>): void {
  const ours = readManifest(target);
  for (const rel of listFiles(target)) {
    if (rel === MANIFEST || ours.has(rel) || written.has(rel)) continue;
    const to = join(staging, ...rel.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    const from = join(target, ...rel.split('/'));
    try {
      linkSync(from, to); // same inode: no copy, and the original stays until the swap
    } catch {
      copyFileSync(from, to);
    }
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Some file systems refuse fsync on folders; the rename is still atomic.
  }
}

