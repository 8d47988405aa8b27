import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The bin tests run the built CLI; build it once from the current sources before any test.
 * Type errors do not stop the suite here (tsc still emits, and `npm run typecheck` reports them).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) process.stderr.write(`test setup: tsc reported problems:\n${result.stdout}${result.stderr}`);
}
