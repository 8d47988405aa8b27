#!/usr/bin/env node
import { endQuietlyOnClosedPipe, nodeIo, run } from '../dist/plan.mjs';

endQuietlyOnClosedPipe();
process.exitCode = await run(process.argv.slice(2), nodeIo);
