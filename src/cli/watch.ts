import { watch as fsWatch, statSync } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Io } from './io.js';

export interface WatchOptions {
  /** Quiet time after the last change before rebuilding: editors write a file in several steps. */
  readonly debounceMs?: number;
  /** Stops watching; `watchPlan` then resolves. The CLI aborts on SIGINT. */
  readonly signal?: AbortSignal;
  /** Test seam. */
  readonly watch?: (dir: string, listener: (event: string, file: string | null) => void) => FSWatcher;
  /** The language of the progress lines (English when absent). */
  readonly language?: Language;
}

/**
 * `plan build --watch`: calls `rebuild` whenever one of `paths` changes (a folder, such as
 * `--templates DIR`, counts as changed when anything in it does). Folders are watched rather than
 * files because editors save by writing a new file and renaming it over the old one, which ends a
 * watch on the old file. Rebuilds never overlap: a change during a rebuild queues one more.
 * A failing rebuild is reported and watching goes on: the next save may fix it.
 */
export function watchPlan(paths: readonly string[], rebuild: () => Promise<unknown>, io: Io, options: WatchOptions = {}): Promise<void> {
  const debounceMs = options.debounceMs ?? 150;
  const language = options.language ?? 'en';
  const watch = options.watch ?? ((dir, listener) => fsWatch(dir, { persistent: true }, (event, file) => listener(event, file)));
  const targets = new Map<string, Set<string> | 'all'>();
  for (const path of paths.map((p) => resolve(io.cwd, p))) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A file that does not exist yet is watched through its folder all the same.
    }
    if (isDir) targets.set(path, 'all');
    else {
      const names = targets.get(dirname(path));
      if (names === 'all') continue;
      targets.set(dirname(path), (names ?? new Set<string>()).add(basename(path)));
    }
  }

  return new Promise<void>((done) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    const run = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      io.stderr.write(`plan: ${t(language, 'cli.watch.rebuilding')}\n`);
      try {
        await rebuild();
      } catch (error) {
        io.stderr.write(`plan: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      running = false;
      if (again && !options.signal?.aborted) {
        again = false;
        schedule();
      }
    };
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    };
    const watchers = [...targets].map(([dir, names]) =>
      watch(dir, (_event, file) => {
        // Some platforms do not say which file changed: rebuild to be safe.
        if (names === 'all' || file === null || names.has(basename(file))) schedule();
      }),
    );
    const stop = (): void => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      done();
    };
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    io.stderr.write(`plan: ${t(language, paths.length === 1 ? 'cli.watch.watching.one' : 'cli.watch.watching.other', { count: paths.length })}\n`);
  });
}
