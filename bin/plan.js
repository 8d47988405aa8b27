#!/usr/bin/env node
import { endQuietlyOnClosedPipe, nodeIo } from '../dist/cli/io.js';
import { run } from '../dist/cli/main.js';

endQuietlyOnClosedPipe();
process.exitCode = await run(process.argv.slice(2), nodeIo);
