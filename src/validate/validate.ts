import type { ValidateFunction } from 'ajv';
import type { StageResult } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { compilePlanValidator } from './plan-ajv.js';
import { loadPrebuiltValidator } from './prebuilt.js';
import type { RawPlan } from './raw-plan.js';
import { schemaErrorsToDiagnostics } from './schema-errors.js';

let compiled: ValidateFunction | undefined;

/**
 * The plan validator: prebuilt standalone code when the package was built (see
 * src/build/validator.ts), else compiled from the schema once per process.
 */
function validator(): ValidateFunction {
  compiled ??= loadPrebuiltValidator() ?? compilePlanValidator();
  return compiled;
}

/** Checks parsed data against schemas/plan.schema.json; every violation becomes a diagnostic. */
export function validate(data: unknown, language: Language = 'en'): StageResult<RawPlan> {
  const check = validator();
  if (check(data)) return { value: data as RawPlan, diagnostics: [] };
  return { diagnostics: schemaErrorsToDiagnostics(check.errors ?? [], language) };
}
