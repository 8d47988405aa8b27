import { readFileSync } from 'node:fs';
import { compilePlan } from '../../../src/cli/compile-plan.js';
import type { CompileResult } from '../../../src/compile.js';

const revisions = new URL('../../fixtures/revisions/', import.meta.url);

/** Compiles a fixture under test/fixtures/revisions/ and insists it has a plan. */
export function compiled(name: string): CompileResult & { plan: NonNullable<CompileResult['plan']>; source: NonNullable<CompileResult['source']> } {
  const text = readFileSync(new URL(name, revisions), 'utf8');
  const result = compilePlan({ path: name, text });
  if (!result.plan || !result.source) throw new Error(`${name} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result as ReturnType<typeof compiled>;
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, revisions), 'utf8');
}
