import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { paths } from '../paths.js';

// Chunk names carry content hashes: remove the previous build's, or they pile up in dist/.
const dist = `${paths.packageRoot}dist`;
for (const name of readdirSync(dist)) if (/^(chunk-[A-Z0-9]+|plan)\.mjs$/.test(name)) rmSync(`${dist}/${name}`);

/**
 * Build step: bundles the CLI and its dependencies into a few ES modules in dist/. Node then
 * resolves and loads a handful of files instead of about two hundred, which is most of what a
 * `plan lint` costs beyond Node's own start-up. Commands stay separate chunks, loaded on use.
 */
await build({
  entryPoints: { plan: `${paths.packageRoot}src/cli/entry.ts` },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: `${paths.packageRoot}dist`,
  // Chunks sit beside dist/paths.js so `import.meta.url` finds the package root the same way.
  chunkNames: 'chunk-[hash]',
  outExtension: { '.js': '.mjs' },
  // Bundled CommonJS (ajv's runtime, commander) calls require() for Node's own modules.
  banner: { js: "import { createRequire as __planRequire } from 'node:module'; const require = __planRequire(import.meta.url);" },
  // Loaded only by --pdf and `plan import`, and they read files of their own package at run time.
  external: ['playwright-core', 'mammoth', 'pinyin-pro'],
  legalComments: 'none',
  logLevel: 'warning',
});
