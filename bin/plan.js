#!/usr/bin/env node
// CommonJS (see bin/package.json): starts faster than an ES module and can use a code cache.
const { loadBundle } = require('./load-bundle.cjs');

const { cli } = loadBundle();
cli.endQuietlyOnClosedPipe();
cli.run(process.argv.slice(2), cli.nodeIo).then((code) => {
  process.exitCode = code;
});
