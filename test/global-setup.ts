import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The bin tests run the built CLI; build it once from the current sources before any test
 * (tsc, the prebuilt validator, the bundle and its code cache). Type errors do not stop the suite here (tsc still
 * emits, and `npm run typecheck` reports them).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const steps = [[`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], [`${root}dist/build/validator.js`], [`${root}dist/build/bundle.js`], [`${root}dist/build/code-cache.js`]];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) process.stderr.write(`test setup: ${args[0]} reported problems:\n${result.stdout}${result.stderr}`);
  }
}
