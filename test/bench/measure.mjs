// Measuring one whole process (wall time, CPU, peak RSS) for the benchmarks: test/bench/run.mjs
// (the table in results.md) and test/bench/compare.mjs (this checkout against another).

import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  return undefined;
}

export const GNU_TIME = !process.env.BENCH_NO_GNU_TIME && existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : undefined;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs one command, whole process: wall time from the parent (ns clock), peak RSS (KiB) from GNU
 * time when present, else, for Node commands, from a preloaded module that records
 * process.resourceUsage().maxRSS on exit. Output goes to a log file (checked on failure).
 */
export function runOnce(cmd, args, { work, node = false, okCodes = [0] }) {
  const rssFile = join(work, 'rss.txt');
  const log = join(work, 'log.txt');
  rmSync(rssFile, { force: true });
  let file = cmd;
  let argv = args;
  const env = { ...process.env, NO_COLOR: '1' };
  if (GNU_TIME) {
    file = GNU_TIME;
    argv = ['-f', '%M %U %S', '-o', rssFile, '-q', cmd, ...args];
  } else if (node) {
    argv = ['--import', pathToFileURL(join(work, 'maxrss.mjs')).href, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const fd = openSync(log, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { stdio: ['ignore', fd, fd], env, cwd: work });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(fd);
  if (r.error) throw r.error;
  if (!okCodes.includes(r.status)) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}:\n${tail}`);
  }
  // "maxrss-KiB user-s sys-s" (GNU time's %M %U %S, or the preloaded module's equivalent)
  let rssMiB;
  let cpu;
  let sys;
  try {
    const [kib, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    if (Number.isFinite(kib) && kib > 0) rssMiB = kib / 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) {
      cpu = user + system;
      sys = system;
    }
  } catch {}
  return { seconds, rssMiB, cpu, sys };
}

export const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 20);

/**
 * Flushes what earlier work (a test run, a previous benchmark's deleted folders) left for the
 * disk, then waits: on a volume mounted with `discard`, blocks freed just before a run slow the
 * writes of the next ten seconds or so by an order of magnitude. Untimed.
 */
export function settleDisk(seconds = SETTLE_SECONDS) {
  spawnSync('sync');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
}

/** Without GNU time, Node commands preload this module to record their peak RSS and CPU on exit. */
export function writeRssProbe(work) {
  writeFileSync(
    join(work, 'maxrss.mjs'),
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); } catch {} });\n",
  );
}
