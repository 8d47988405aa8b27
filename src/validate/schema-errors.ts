import type { ErrorObject } from 'ajv';
import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Language } from '../i18n/language.js';
import { t, where } from '../i18n/messages.js';
import { ID_PATTERN } from '../model/id.js';

/** `/phases/0/tasks/2` → `['phases', 0, 'tasks', 2]` (RFC 6901 unescaping; digits become indices). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function describe(value: unknown, language: Language): string {
  if (value === null) return t(language, 'value.null');
  if (Array.isArray(value)) return t(language, 'value.list');
  if (typeof value === 'object') return t(language, 'value.mapping');
  if (typeof value === 'string') return t(language, 'value.text', { text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) });
  return t(language, 'value.other', { type: typeof value, text: String(value) });
}

/** JSON Schema's type names; each has its words in the catalogue (`value.type.<name>`). */
const TYPE_NAMES = ['string', 'number', 'integer', 'object', 'array', 'boolean', 'null'] as const;
const isTypeName = (name: string): name is (typeof TYPE_NAMES)[number] => (TYPE_NAMES as readonly string[]).includes(name);

/** ajv's `string,number` as `string or number` / `文字或数字`. */
function expectedTypes(types: readonly string[], language: Language): string {
  const each = types.flatMap((x) => x.split(',')).filter((x) => x !== '');
  if (each.length === 0) return t(language, 'value.another-form');
  return each.map((x) => (isTypeName(x) ? t(language, `value.type.${x}`) : x)).join(t(language, 'value.or'));
}

function fromError(error: ErrorObject, language: Language): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const base = { stage: 'validate', severity: 'error', path } as const;
  const params = error.params as Record<string, unknown>;
  const at = where(language, path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestions = didYouMean(key, allowed, 1);
      const message =
        suggestions.length > 0
          ? t(language, 'schema-unknown-key.suggest', { key, where: at, suggestion: suggestions[0]! })
          : allowed.length > 0
            ? t(language, 'schema-unknown-key.allowed', { key, where: at, allowed: allowed.join(', ') })
            : t(language, 'schema-unknown-key', { key, where: at });
      return { ...base, code: 'schema-unknown-key', path: [...path, key], atKey: true, message, suggestions };
    }
    case 'required':
      return { ...base, code: 'schema-required', message: t(language, 'schema-required', { key: String(params.missingProperty), where: at }) };
    case 'type':
      return { ...base, code: 'schema-type', message: t(language, 'schema-type', { expected: expectedTypes([String(params.type)], language), where: at, found: describe(error.data, language) }) };
    case 'pattern':
    case 'format':
      return { ...base, code: 'schema-format', message: formatMessage(path, error, language) };
    case 'propertyNames':
      return { ...base, code: 'schema-format', message: t(language, 'schema-format.key', { value: JSON.stringify(params.propertyName), where: at }) };
    case 'enum':
      return { ...base, code: 'schema-enum', message: t(language, 'schema-enum', { found: describe(error.data, language), where: at, allowed: (params.allowedValues as unknown[]).map(String).join(', ') }) };
    case 'const':
      return { ...base, code: 'schema-enum', message: t(language, 'schema-enum.const', { where: at, allowed: JSON.stringify(params.allowedValue) }) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, code: 'schema-range', message: t(language, 'schema-range.compare', { where: at, comparison: String(params.comparison), limit: String(params.limit), found: String(error.data) }) };
    case 'minLength':
      return { ...base, code: 'schema-range', message: t(language, 'schema-range.empty', { where: at }) };
    case 'maxLength':
      return { ...base, code: 'schema-range', message: t(language, 'schema-range.max-length', { where: at, limit: String(params.limit) }) };
    case 'minItems':
      return { ...base, code: 'schema-range', message: t(language, 'schema-range.min-items', { where: at, limit: String(params.limit) }) };
    case 'maxItems':
      return { ...base, code: 'schema-range', message: t(language, 'schema-range.max-items', { where: at, limit: String(params.limit) }) };
    case 'minProperties':
      return { ...base, code: 'schema-range', message: t(language, params.limit === 1 ? 'schema-range.min-properties.one' : 'schema-range.min-properties.many', { where: at, limit: String(params.limit) }) };
    default:
      return { ...base, code: 'schema-invalid', message: t(language, 'schema-invalid', { where: at, detail: error.message ?? t(language, 'value.invalid') }) };
  }
}

function formatMessage(path: PlanPath, error: ErrorObject, language: Language): string {
  const last = path[path.length - 1];
  const value = typeof error.data === 'string' ? JSON.stringify(error.data) : describe(error.data, language);
  const at = where(language, path);
  if (last === 'id' || (error.params as { pattern?: string }).pattern === ID_PATTERN.source) {
    return t(language, 'schema-format.id', { value, where: at });
  }
  if (last === 'issued' || last === 'date') return t(language, 'schema-format.date', { value, where: at });
  return t(language, 'schema-format', { where: at, value, detail: error.message ?? '' });
}

/**
 * Turns ajv's errors into one diagnostic per real problem. Alternatives (anyOf/oneOf) make ajv
 * report every branch; keep the branch errors that went deeper than a type mismatch (the user
 * picked that branch), and fall back to one "expected X or Y" otherwise.
 */
export function schemaErrorsToDiagnostics(errors: readonly ErrorObject[], language: Language = 'en'): Diagnostic[] {
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
      out.push(...informative.map((e) => fromError(e, language)));
      return;
    }
    const types = [...new Set(branchErrors.filter((e) => e.keyword === 'type').map((e) => String((e.params as { type: string }).type)))];
    const path = pointerToPath(alt.instancePath);
    out.push({
      code: 'schema-type',
      stage: 'validate',
      severity: 'error',
      path,
      message: t(language, 'schema-type', { expected: expectedTypes(types, language), where: where(language, path), found: describe(alt.data, language) }),
    });
  });
  for (const error of errors) if (!consumed.has(error)) out.push(fromError(error, language));
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.code}|${d.path.join('/')}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
