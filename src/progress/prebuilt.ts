import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { paths } from '../paths.js';

/**
 * The progress validator written by the build step (src/build/validator.ts), or undefined when
 * running from src/ before any build. The CLI bundle replaces this module with a require of the
 * same file (src/build/bundle.ts), as it does for the plan's validator.
 */
export function loadPrebuiltProgressValidator(): ValidateFunction | undefined {
  try {
    return createRequire(import.meta.url)(paths.prebuiltProgressValidator) as ValidateFunction;
  } catch {
    return undefined;
  }
}
