// The bundle's entry (see src/build/bundle.ts): what bin/plan.js needs, nothing else.
export { endQuietlyOnClosedPipe, nodeIo } from './io.js';
export { run } from './main.js';
