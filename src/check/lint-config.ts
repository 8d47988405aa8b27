import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { stageCodes } from '../diagnostics/codes.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { paths } from '../paths.js';
import { pointerToPath } from '../validate/schema-errors.js';
import type { ConfiguredRule } from './check.js';
import { globToRegExp } from './glob.js';
import { rules } from './rules/index.js';

export type SeveritySetting = Severity | 'off';
type RuleSetting = SeveritySetting | readonly [SeveritySetting, Record<string, unknown>?];

export interface LintConfig {
  readonly lang?: 'zh' | 'en';
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly overrides?: readonly { readonly files: readonly string[]; readonly rules: Readonly<Record<string, RuleSetting>> }[];
  /** The folder override globs are relative to. */
  readonly baseDir: string;
}

/** The settings in force for one file: rules to run, and severities for adjustable stage codes. */
export interface EffectiveConfig {
  readonly rules: ConfiguredRule[];
  readonly severities: ReadonlyMap<string, SeveritySetting>;
}

const require = createRequire(import.meta.url);

// Only codes that never stop the pipeline may be re-levelled: turning off `unknown-unit` would
// let a plan with dangling owners through to the calendars.
const adjustable = new Set(Object.entries(stageCodes).filter(([, info]) => info.severity !== 'error').map(([code]) => code));

/**
 * Reads and checks a config file; a bad one is a usage error naming the file and key, in
 * `language` (the caller's choice: the config's own `lang` cannot be trusted before it is read).
 */
export function loadLintConfig(file: string, language: Language = 'en'): LintConfig {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(t(language, 'rules.config.unreadable', { file, detail: (error as Error).message.split('\n')[0]! }));
  }
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(`${paths.schemasDir}/lint-config.schema.json`, 'utf8')) as object);
  if (!check(data ?? {})) {
    const first = check.errors![0]!;
    const where = pointerToPath(first.instancePath).join('.') || t(language, 'rules.config.top-level');
    throw new UsageError(t(language, 'rules.config.invalid', { file, where, detail: first.message ?? t(language, 'rules.config.is-invalid') }));
  }
  const config = { ...(data as object), baseDir: dirname(resolve(file)) } as LintConfig;
  for (const settings of [config.rules ?? {}, ...(config.overrides ?? []).map((o) => o.rules)]) checkRuleSettings(settings, file, language);
  return config;
}

function checkRuleSettings(settings: Readonly<Record<string, RuleSetting>>, file: string, language: Language): void {
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule && !adjustable.has(id)) throw new UsageError(t(language, 'rules.config.unknown-rule', { file, id }));
    const options = Array.isArray(setting) ? setting[1] : undefined;
    if (options === undefined) continue;
    if (!rule?.meta.optionsSchema) throw new UsageError(t(language, 'rules.config.no-options', { file, id }));
    const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile({ ...rule.meta.optionsSchema, required: [] });
    if (!validate(options)) throw new UsageError(t(language, 'rules.config.bad-options', { file, id, detail: validate.errors![0]!.message ?? t(language, 'rules.config.are-invalid') }));
  }
}

/** Merges defaults, the config's rules, and every override whose globs match `planFile`. */
export function effectiveConfig(config: LintConfig | undefined, planFile: string): EffectiveConfig {
  const settings = new Map<string, RuleSetting>(Object.entries(config?.rules ?? {}));
  if (config) {
    const rel = relative(config.baseDir, resolve(planFile)).split('\\').join('/');
    for (const override of config.overrides ?? []) {
      if (override.files.some((g) => globToRegExp(g).test(rel))) for (const [id, s] of Object.entries(override.rules)) settings.set(id, s);
    }
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const severity = setting === undefined ? rule.meta.defaultSeverity : Array.isArray(setting) ? setting[0] : (setting as SeveritySetting);
    if (severity === 'off') continue;
    const given = Array.isArray(setting) ? setting[1] : undefined;
    const options = rule.meta.defaultOptions === undefined ? given : { ...(rule.meta.defaultOptions as object), ...given };
    configured.push({ rule, severity, options });
  }
  const severities = new Map<string, SeveritySetting>();
  for (const [id, s] of settings) if (adjustable.has(id)) severities.set(id, Array.isArray(s) ? s[0] : (s as SeveritySetting));
  return { rules: configured, severities };
}

/** Applies the config's severities to stage codes (the rules got theirs when configured); `off` drops. */
export function relevel(diagnostics: readonly Diagnostic[], severities: ReadonlyMap<string, SeveritySetting>): Diagnostic[] {
  if (severities.size === 0) return [...diagnostics];
  const relevelled: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = severities.get(d.code);
    if (setting === 'off') continue;
    relevelled.push(setting ? { ...d, severity: setting } : d);
  }
  return relevelled;
}
