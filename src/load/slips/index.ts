export { findSlips } from './scan.js';
export { maySlip } from './suspect.js';
export { chineseKeySlips, englishKeysFor } from './chinese-keys.js';
export { severityOf, slipDiagnostic, type Edit, type Slip, type SlipCode } from './slip.js';
export { placeKeys, placeOf, type Place } from './places.js';
