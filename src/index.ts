// The public API for use as a library: compile a plan, emit its outputs, and the types involved.
export { compile } from './compile.js';
export type { CompileOptions, CompileResult } from './compile.js';
export { createEmitters, emitAll } from './emit/emit.js';
export type { Artifact, EmitContext, Emitter } from './emit/artifact.js';
export { resolveDate } from './dates/resolve-date.js';
export type { DateContext, DateOutcome, ResolvedDate } from './dates/types.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { Occurrence, Phase, ResolvedPlan, Task, Unit } from './model/plan.js';
