import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { bundledHolidayData } from '../dates/holidays/holiday-data.js';
import { serializeTables, tablesFromData } from '../dates/holidays/holiday-tables.js';
import { paths } from '../paths.js';

// Earlier layouts (ES module chunks with content hashes) and a stale code cache must not linger in dist/.
const dist = `${paths.packageRoot}dist`;
for (const name of readdirSync(dist)) if (/^(chunk-[A-Z0-9]+\.mjs|plan\.mjs|plan\.cjs(\.cache)?)$/.test(name)) rmSync(`${dist}/${name}`);

/** Puts the prebuilt validator inside the bundle (and so inside its code cache) instead of requiring it at run time. */
const bundledValidator: Plugin = {
  name: 'bundled-validator',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]validate[\\/]prebuilt\.ts$/ }, () => ({
      contents: `export function loadPrebuiltValidator() { return require(${JSON.stringify(paths.prebuiltValidator)}); }`,
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]src[\\/]progress[\\/]prebuilt\.ts$/ }, () => ({
      contents: `export function loadPrebuiltProgressValidator() { return require(${JSON.stringify(paths.prebuiltProgressValidator)}); }`,
      loader: 'js',
    }));
  },
};

/** Puts the pinned holiday data into the bundle as ready-made tables (see src/dates/holidays/bundled-tables.ts). */
const bundledHolidayTables: Plugin = {
  name: 'bundled-holiday-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]dates[\\/]holidays[\\/]bundled-tables\.ts$/ }, (args) => ({
      contents: `import { deserializeTables } from './holiday-tables.js';
let tables;
export function bundledTables() {
  return (tables ??= deserializeTables(${serializeTables(tablesFromData(bundledHolidayData()))}));
}`,
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * commander requires child_process at start-up for executable subcommands, which plan has none
 * of; loading that module was a few per cent of a `plan lint`. It now loads on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'plan' } : undefined,
    );
    build.onLoad({ filter: /^lazy-child-process$/, namespace: 'plan' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * Build step: bundles the CLI and its dependencies into one CommonJS file, dist/plan.cjs.
 * Node then reads one file instead of about two hundred, and bin/load-bundle.cjs can compile it
 * with a V8 code cache (src/build/code-cache.ts), which only works for scripts, not ES modules.
 * Modules are initialised on first use (esbuild's lazy wrappers for `import()`), so `plan lint`
 * does not run the code of `plan build` or `plan import`.
 */
await build({
  entryPoints: [`${paths.packageRoot}src/cli/entry.ts`],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: `${dist}/plan.cjs`,
  // The bundle sits beside dist/paths.js, so the package root is found the same way.
  define: { 'import.meta.url': '__planModuleUrl' },
  banner: { js: "const __planModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Loaded only by --pdf and `plan import`, and they read files of their own package at run time.
  // fflate and saxes (the .docx/.xlsx readers, src/import/read/) are required on first
  // use too: kept out of the bundle so `plan lint` does not read them at every start; so is docx
  // (the Word writer of summary.docx, a third of the bundle's size), required when `plan build` first runs an emitter.
  // timezones-ical-library's zone data is required when a plan names a zone other than the default
  // or a calendar is written, not at every `plan lint`.
  external: ['playwright-core', 'pinyin-pro', 'fflate', 'saxes', 'docx', 'timezones-ical-library'],
  plugins: [bundledValidator, bundledHolidayTables, lazyChildProcess],
  // Less text for Node to read at every start; names stay, so stack traces (PLAN_DEBUG=1) still read.
  minifyWhitespace: !process.env.PLAN_BUNDLE_READABLE,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const bundled = readFileSync(`${dist}/plan.cjs`, 'utf8');

// bin/load-bundle.cjs compiles the bundle as a script, where `import()` fails at run time: load
// external packages with require (createRequire) instead.
const dynamicImport = /\bimport\(\s*["'`]/.exec(bundled);
if (dynamicImport) throw new Error(`dist/plan.cjs still calls import() (at offset ${dynamicImport.index}); use createRequire for external packages.`);

// esbuild escapes non-ASCII text in strings but not in regular expression literals (our date
// and import patterns are full of Chinese). Escaping those too makes the bundle pure ASCII, which
// bin/load-bundle.cjs reads as Latin-1: no UTF-8 decoding at every start. A character right
// after a backslash would change meaning when escaped; none exists, and the build says so if one appears.
const escapedBehindBackslash = /\\[^\x00-\x7f]/.exec(bundled);
if (escapedBehindBackslash) throw new Error(`dist/plan.cjs has an escaped non-ASCII character at offset ${escapedBehindBackslash.index}; write it as \\uXXXX in the source.`);
writeFileSync(`${dist}/plan.cjs`, bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));
