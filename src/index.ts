// The public API for use as a library: compile a plan, emit its outputs, and the types involved.
export { compile } from './compile.js';
export type { CompileFailure, CompileOptions, CompileResult, CompiledPlan } from './compile.js';
// What compile() takes and gives besides the plan: a lint config, extra holidays, the calendar.
export { loadLintConfig } from './check/lint-config.js';
export type { LintConfig } from './check/lint-config.js';
export type { ConfiguredRule } from './check/check.js';
export type { Language as MessageLanguage } from './i18n/language.js';
export { loadHolidayFile } from './dates/holidays/holiday-data.js';
export type { HolidayData, HolidayEntry } from './dates/holidays/holiday-data.js';
export type { WorkCalendar } from './dates/holidays/work-calendar.js';
export type { Limits } from './limits.js';
export type { SourceFile } from './load/source-file.js';
export { createEmitters, emit, emitAll } from './emit/emit.js';
export type { Compiled, EmitOptions } from './emit/emit.js';
export { emitters } from './emit/registry.js';
export type { AnyEmitter, Artifact, AsyncEmitter, EmitContext, Emitter, EmitterFlag, EmitterNeeds, FlagValues } from './emit/artifact.js';
export { resolveDate } from './dates/resolve-date.js';
export type { DateContext, DateOutcome, ResolvedDate } from './dates/types.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { Occurrence, Phase, ResolvedPlan, Task, Unit } from './model/plan.js';
