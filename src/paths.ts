import { fileURLToPath } from 'node:url';

// dist/paths.js and src/paths.ts both sit one level below the package root.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export const paths = {
  packageRoot,
  schemasDir: `${packageRoot}schemas`,
  templatesDir: `${packageRoot}templates`,
  planSchema: `${packageRoot}schemas/plan.schema.json`,
  progressSchema: `${packageRoot}schemas/progress.schema.json`,
  /** Written by the build (src/build/validator.ts); absent when running from src/. */
  prebuiltValidator: `${packageRoot}dist/plan-validator.cjs`,
  /** The progress file's validator, written by the same build step. */
  prebuiltProgressValidator: `${packageRoot}dist/progress-validator.cjs`,
} as const;
