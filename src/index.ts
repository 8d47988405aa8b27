// The public API for use as a library: compile a plan, emit its outputs, and the types involved.
export { compile } from './compile.js';
export type { CompileOptions, CompileResult } from './compile.js';
export { createEmitters, emit, emitAll } from './emit/emit.js';
export type { Compiled, EmitOptions } from './emit/emit.js';
export { emitters } from './emit/registry.js';
export type { AnyEmitter, Artifact, AsyncEmitter, EmitContext, Emitter, EmitterFlag, EmitterNeeds, FlagValues } from './emit/artifact.js';
export { resolveDate } from './dates/resolve-date.js';
export type { DateContext, DateOutcome, ResolvedDate } from './dates/types.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { Occurrence, Phase, ResolvedPlan, Task, Unit } from './model/plan.js';
