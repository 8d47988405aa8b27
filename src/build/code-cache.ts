import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Script } from 'node:vm';
import { paths } from '../paths.js';

/*
 * Build step after the bundle: loads dist/plan.cjs exactly as bin/plan.js does, runs the
 * commands that must start fast (lint and build of the bundled plan) so V8 compiles the
 * functions they call, then saves V8's code cache beside the bundle. The cache holds
 * bytecode only; it is an optimisation with no effect on any output, and V8 ignores it
 * (compiling from source) when it does not match the running Node.
 */

/**
 * The part of the CLI's Io (src/cli/io.ts) these runs fill in, written out here: the bundle is
 * driven through its interface, and nothing outside src/cli imports from src/cli.
 */
interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): void };
  readonly stderr: { write(text: string): void };
  readStdin(): Promise<string>;
}

interface Cli {
  run(argv: readonly string[], io: Io): Promise<number>;
}
const { loadBundle, cacheFile } = createRequire(import.meta.url)(`${paths.packageRoot}bin/load-bundle.cjs`) as {
  loadBundle(): { cli: Cli; script: Script };
  cacheFile: string;
};

const quiet = { write: () => {} };
const io: Io = { cwd: paths.packageRoot, env: { LANG: 'C' }, stdout: quiet, stderr: quiet, readStdin: async () => '' };
const plan = `${paths.packageRoot}plans/xietang-2018.yaml`;
const out = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
try {
  const { cli, script } = loadBundle();
  const runs = [
    ['lint', plan],
    ['lint', '--format', 'json', plan],
    ['build', plan, '-o', join(out, 'out')],
  ];
  for (const argv of runs) {
    const code = await cli.run(argv, io);
    if (code !== 0) throw new Error(`plan ${argv.join(' ')} exited with ${code} while training the code cache`);
  }
  // Written beside and renamed into place: an interrupted build leaves no truncated cache for V8 to read.
  writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
  renameSync(`${cacheFile}.tmp`, cacheFile);
} finally {
  rmSync(out, { recursive: true, force: true });
}
