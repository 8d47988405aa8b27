'use strict';
// Loads dist/plan.cjs with the V8 code cache written at build time (src/build/code-cache.ts):
// V8 then skips parsing and compiling most of the CLI, a good part of a `plan lint` beyond
// Node's own start-up. Node 20 has no built-in compile cache (module.enableCompileCache is
// Node 22), and V8 caches only scripts, so the bundle is CommonJS compiled here by hand, the
// way Node's own loader does it. A missing or rejected cache (another Node or V8 version,
// other V8 flags) only costs speed: V8 checks it and compiles from source instead. A script has
// no `import()`; the build refuses a bundle that still contains one (src/build/bundle.ts).
// V8 checks the cache's header (versions, flags, source length, payload length), not its bytes:
// the build writes it atomically so it is never truncated, and it lives in dist/ beside the
// code it caches, with the same trust.
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const bundleFile = join(__dirname, '..', 'dist', 'plan.cjs');
const cacheFile = `${bundleFile}.cache`;

function loadBundle(cache = cacheFile) {
  // The build makes the bundle pure ASCII (src/build/bundle.ts), so Latin-1 reads it exactly, without UTF-8 decoding.
  const source = readFileSync(bundleFile, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), {
    filename: bundleFile,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, join(bundleFile, '..'));
  return { cli: module.exports, script };
}

module.exports = { loadBundle, cacheFile };
