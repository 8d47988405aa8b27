import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { paths } from '../paths.js';

/**
 * The validator written by the build step (src/build/validator.ts), or undefined when running
 * from src/ before any build. The CLI bundle replaces this module with a static require of the
 * same file (src/build/bundle.ts), so the validator is part of the bundle and its code cache.
 */
export function loadPrebuiltValidator(): ValidateFunction | undefined {
  try {
    return createRequire(import.meta.url)(paths.prebuiltValidator) as ValidateFunction;
  } catch {
    return undefined;
  }
}
