import { defaultRules } from '../check/config.js';
import { compile, type CompileOptions, type CompileResult } from '../compile.js';
import type { PlanInput } from './read-plan.js';

/** Compiles with the default rule set; the one place the CLI configures the pipeline. */
export function compilePlan(input: PlanInput, extra: Partial<CompileOptions> = {}): CompileResult {
  return compile(input, { rules: defaultRules(), ...extra });
}
