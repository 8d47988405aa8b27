import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { StageResult } from '../diagnostics/diagnostic.js';
import { paths } from '../paths.js';
import type { RawPlan } from './raw-plan.js';
import { schemaErrorsToDiagnostics } from './schema-errors.js';

let compiled: ValidateFunction | undefined;

/** Compiles the plan schema once per process (ajv compilation is the costly part). */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  // ajv ships CommonJS; createRequire avoids the default-export interop dance.
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  const schema = JSON.parse(readFileSync(paths.planSchema, 'utf8')) as object;
  compiled = ajv.compile(schema);
  return compiled;
}

/** Checks parsed data against schemas/plan.schema.json; every violation becomes a diagnostic. */
export function validate(data: unknown): StageResult<RawPlan> {
  const check = validator();
  if (check(data)) return { value: data as RawPlan, diagnostics: [] };
  return { diagnostics: schemaErrorsToDiagnostics(check.errors ?? []) };
}
