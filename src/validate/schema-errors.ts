import type { ErrorObject } from 'ajv';
import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';

/** `/phases/0/tasks/2` → `['phases', 0, 'tasks', 2]` (RFC 6901 unescaping; digits become indices). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function where(path: PlanPath): string {
  return path.length === 0 ? 'the document' : path.join('.');
}

function fromError(error: ErrorObject): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const base = { stage: 'validate', severity: 'error', path } as const;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestions = didYouMean(key, allowed, 1);
      const hint = suggestions.length > 0 ? ` Did you mean '${suggestions[0]}'?` : allowed.length > 0 ? ` Allowed keys: ${allowed.join(', ')}.` : '';
      return {
        ...base,
        code: 'schema-unknown-key',
        path: [...path, key],
        atKey: true,
        message: `Unknown key '${key}' in ${where(path)}.${hint} Keys of your own must start with 'x-'.`,
        suggestions,
      };
    }
    case 'required':
      return { ...base, code: 'schema-required', message: `Missing required key '${String(params.missingProperty)}' in ${where(path)}.` };
    case 'type':
      return { ...base, code: 'schema-type', message: `Expected ${String(params.type).replace(/,/g, ' or ')} at ${where(path)}, found ${describe(error.data)}.` };
    case 'pattern':
    case 'format':
      return { ...base, code: 'schema-format', message: formatMessage(path, error) };
    case 'propertyNames':
      return { ...base, code: 'schema-format', message: `Invalid key ${JSON.stringify(params.propertyName)} in ${where(path)}: ids use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit).` };
    case 'enum':
      return { ...base, code: 'schema-enum', message: `${describe(error.data)} at ${where(path)} is not one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}.` };
    case 'const':
      return { ...base, code: 'schema-enum', message: `${where(path)} must be ${JSON.stringify(params.allowedValue)}.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, code: 'schema-range', message: `${where(path)} must be ${String(params.comparison)} ${String(params.limit)}, found ${String(error.data)}.` };
    case 'minLength':
      return { ...base, code: 'schema-range', message: `${where(path)} must not be empty.` };
    case 'maxLength':
      return { ...base, code: 'schema-range', message: `${where(path)} is longer than ${String(params.limit)} characters.` };
    case 'minItems':
      return { ...base, code: 'schema-range', message: `${where(path)} must list at least ${String(params.limit)} item(s).` };
    case 'maxItems':
      return { ...base, code: 'schema-range', message: `${where(path)} lists more than ${String(params.limit)} items.` };
    case 'minProperties':
      return { ...base, code: 'schema-range', message: `${where(path)} must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}.` };
    default:
      return { ...base, code: 'schema-invalid', message: `${where(path)} ${error.message ?? 'is invalid'}.` };
  }
}

function formatMessage(path: PlanPath, error: ErrorObject): string {
  const last = path[path.length - 1];
  const value = typeof error.data === 'string' ? JSON.stringify(error.data) : describe(error.data);
  if (last === 'id' || String((error.params as { pattern?: string }).pattern).includes('A-Za-z0-9._-')) {
    return `Invalid id ${value} at ${where(path)}: use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit); ids name files and calendar UIDs.`;
  }
  if (last === 'issued' || last === 'date') return `Expected an ISO date (YYYY-MM-DD) at ${where(path)}, found ${value}.`;
  return `${where(path)} has the wrong form: ${value} ${error.message ?? ''}.`;
}

/**
 * Turns ajv's errors into one diagnostic per real problem. Alternatives (anyOf/oneOf) make ajv
 * report every branch; keep the branch errors that went deeper than a type mismatch (the user
 * picked that branch), and fall back to one "expected X or Y" otherwise.
 */
export function schemaErrorsToDiagnostics(errors: readonly ErrorObject[]): Diagnostic[] {
  const consumed = new Set<ErrorObject>();
  const out: Diagnostic[] = [];
  errors.forEach((alt, altIndex) => {
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') return;
    // ajv reports branch errors just before the anyOf itself. A branch that is a $ref reports
    // under the referenced definition's schema path, so accept both prefixes.
    const branches = Array.isArray(alt.schema) ? (alt.schema as { $ref?: string }[]) : [];
    const prefixes = [`${alt.schemaPath}/`, ...branches.flatMap((b) => (b.$ref ? [`${b.$ref}/`] : []))];
    const branchErrors = errors.filter(
      (e, i) => i < altIndex && !consumed.has(e) && e.instancePath.startsWith(alt.instancePath) && prefixes.some((p) => e.schemaPath.startsWith(p)),
    );
    branchErrors.forEach((e) => consumed.add(e));
    consumed.add(alt);
    const informative = branchErrors.filter((e) => !(e.keyword === 'type' && e.instancePath === alt.instancePath));
    if (informative.length > 0) {
      out.push(...informative.map(fromError));
      return;
    }
    const types = [...new Set(branchErrors.filter((e) => e.keyword === 'type').map((e) => String((e.params as { type: string }).type)))];
    const path = pointerToPath(alt.instancePath);
    out.push({
      code: 'schema-type',
      stage: 'validate',
      severity: 'error',
      path,
      message: `Expected ${types.join(' or ').replace(/,/g, ' or ') || 'another form'} at ${where(path)}, found ${describe(alt.data)}.`,
    });
  });
  for (const error of errors) if (!consumed.has(error)) out.push(fromError(error));
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.code}|${d.path.join('/')}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
