import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/check/rule.js';
import { lintWithOneRule, type Found } from './lint-one-rule.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;

/** A plan the rule must accept (ESLint's `valid` case). */
export interface ValidCase {
  /** Shown as the test's name; defaults to the filename or the first line that differs. */
  readonly name?: string;
  /** The plan's YAML text. */
  readonly code: string;
  readonly filename?: string;
  /** The rule's options for this case, merged over its defaults like a config file's. */
  readonly options?: unknown;
}

/** One diagnostic the rule must give: where, which message, and optionally its words. */
export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column?: number;
  /** The whole English message. */
  readonly message?: string;
  /** The whole Chinese message. */
  readonly messageZh?: string;
}

/** A plan the rule must report, exactly at `errors` and nowhere else. */
export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/**
 * ESLint's RuleTester for plan rules: declares one vitest test per case. Each plan is compiled by
 * the real pipeline with only `rule` on, in English and in Chinese; the diagnostics must be the
 * rule's own (a plan that fails to load or resolve is a broken case, not a pass), the same in
 * both languages, and exactly the expected ones, in line and column order.
 */
export function ruleTester(rule: AnyRule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    // vitest fails an empty suite, and a file may hold only one kind of case.
    if (cases.valid.length > 0) {
      describe('valid', () => {
        for (const c of cases.valid) it(caseName(c), () => expect(run(rule, c).en).toEqual([]));
      });
    }
    if (cases.invalid.length > 0) {
      describe('invalid', () => {
        for (const c of cases.invalid) it(caseName(c), () => testInvalid(rule, c));
      });
    }
  });
}

function testInvalid(rule: AnyRule, c: InvalidCase): void {
  expect(c.errors.length, 'an invalid case expects at least one error').toBeGreaterThan(0);
  for (const e of c.errors) {
    expect(rule.meta.messageIds, `messageId '${e.messageId}'`).toContain(e.messageId);
  }
  const { en, zh } = run(rule, c);
  // The order lintWithOneRule gives: position, then message id.
  const expected = [...c.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.messageId.localeCompare(b.messageId));
  // Compare only what each expectation names, as ESLint does; surplus or missing reports show whole.
  const actual = en.map((f, i) => {
    const e = expected[i];
    if (!e) return f;
    const zhMessage = zh[i]?.message;
    return {
      messageId: f.messageId,
      line: f.line,
      ...(e.column !== undefined ? { column: f.column } : {}),
      ...(e.message !== undefined ? { message: f.message } : {}),
      ...(e.messageZh !== undefined ? { messageZh: zhMessage } : {}),
    };
  });
  expect(actual).toEqual(expected);
}

/** Runs the case in both languages; where a diagnostic points must not depend on the language. */
function run(rule: AnyRule, c: ValidCase): { en: Found[]; zh: Found[] } {
  checkOptions(rule, c.options);
  const input = { text: c.code, ...(c.filename ? { filename: c.filename } : {}), ...(c.options !== undefined ? { options: c.options } : {}) };
  const en = lintWithOneRule(rule, { ...input, language: 'en' });
  const zh = lintWithOneRule(rule, { ...input, language: 'zh' });
  const others = en.filter((f) => f.ruleId !== rule.meta.id);
  expect(others, 'the case must compile cleanly apart from the rule under test').toEqual([]);
  expect(en.every((f) => f.messageId !== undefined), 'every report maps back to a message id').toBe(true);
  const where = (list: Found[]) => list.map(({ messageId, line, column }) => ({ messageId, line, column }));
  expect(where(zh), 'same diagnostics in Chinese').toEqual(where(en));
  return { en, zh };
}

/** Options a case gives must be ones a config file could give (the rule's JSON Schema). */
function checkOptions(rule: AnyRule, options: unknown): void {
  if (options === undefined) return;
  expect(rule.meta.optionsSchema, `${rule.meta.id} takes no options`).toBeDefined();
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile({ ...rule.meta.optionsSchema, required: [] });
  expect(validate(options), JSON.stringify(validate.errors)).toBe(true);
}

function caseName(c: ValidCase): string {
  if (c.name) return c.name;
  if (c.filename) return c.filename;
  return c.code.split('\n').find((l) => l.trim() && !l.startsWith('plan:')) ?? c.code;
}

