// Types for generate.mjs (plain Node ESM, so the benchmark runs without a build step).

export interface BenchTask {
  id: string;
  title: string;
  owners: string[];
  /** ISO dates, inclusive; start === due is a one-day item written with `at`. */
  start: string;
  due: string;
}

export interface BenchPlan {
  plan: { id: string; title: string; year: number };
  units: { id: string; name: string }[];
  phases: { id: string; title: string; start: string; end: string; tasks: BenchTask[] }[];
}

export const YEAR: number;
export function mulberry32(seed: number): () => number;
export function seedPlan(): BenchPlan;
export function syntheticPlan(n: number, seed?: number): BenchPlan;
export function countTasks(plan: BenchPlan): number;
export function renderYaml(plan: BenchPlan): string;
export function renderTjp(plan: BenchPlan, projectId?: string, reportBase?: string): string;
