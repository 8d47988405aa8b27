import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { paths } from '../paths.js';

const require = createRequire(import.meta.url);

/** The one ajv configuration of the plan schema, shared by run-time compilation and the build step. */
export function planAjv(options: { standalone?: boolean } = {}): { ajv: Ajv; schema: object } {
  // ajv ships CommonJS; createRequire avoids the default-export interop dance.
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, ...(options.standalone ? { code: { source: true } } : {}) });
  const schema = JSON.parse(readFileSync(paths.planSchema, 'utf8')) as object;
  return { ajv, schema };
}

/** Compiles the schema at run time: the fallback when the prebuilt validator is absent (tests on src/). */
export function compilePlanValidator(): ValidateFunction {
  const { ajv, schema } = planAjv();
  return ajv.compile(schema);
}
