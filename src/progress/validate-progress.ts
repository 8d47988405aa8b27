import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { loadPrebuiltProgressValidator } from './prebuilt.js';
import type { StageResult } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { paths } from '../paths.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-errors.js';

const require = createRequire(import.meta.url);

/** A progress file as its schema lets it be (schemas/progress.schema.json). */
export interface RawProgress {
  readonly plan: string;
  readonly unit?: string;
  readonly entries: readonly RawProgressEntry[];
}

export interface RawProgressEntry {
  readonly task: string;
  readonly date: string;
  readonly state: string;
  readonly percent?: number;
  readonly note?: string;
  readonly unit?: string;
}

/** The one ajv configuration of the progress schema, shared by run-time compilation and the build step. */
export function progressAjv(options: { standalone?: boolean } = {}): { ajv: Ajv; schema: object } {
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, ...(options.standalone ? { code: { source: true } } : {}) });
  return { ajv, schema: JSON.parse(readFileSync(paths.progressSchema, 'utf8')) as object };
}

let compiled: ValidateFunction | undefined;

/**
 * On first need (a plan without progress never pays): the prebuilt standalone code when the
 * package was built (compiling the schema with ajv took ~100 ms), else compiled from the schema.
 */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  compiled = loadPrebuiltProgressValidator() ?? (() => {
    const { ajv, schema } = progressAjv();
    return ajv.compile(schema);
  })();
  return compiled;
}

/** Checks a parsed progress file against its schema; every violation becomes a diagnostic (path in the progress file). */
export function validateProgress(data: unknown, language: Language): StageResult<RawProgress> {
  const check = validator();
  if (check(data)) return { value: data as RawProgress, diagnostics: [] };
  return { diagnostics: schemaErrorsToDiagnostics(check.errors ?? [], language) };
}
