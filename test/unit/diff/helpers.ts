import { readFileSync } from 'node:fs';
import { compile, type CompiledPlan } from '../../../src/compile.js';

const revisions = new URL('../../fixtures/revisions/', import.meta.url);

/** Compiles a fixture under test/fixtures/revisions/ and insists it has a plan. */
export function compiled(name: string): CompiledPlan {
  const text = readFileSync(new URL(name, revisions), 'utf8');
  const result = compile({ path: name, text });
  if (!result.plan) throw new Error(`${name} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, revisions), 'utf8');
}
