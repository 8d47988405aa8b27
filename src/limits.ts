import { defaultLoadLimits, type LoadLimits } from './load/load.js';

/** Safety limits for untrusted plans; each has a command-line flag to raise it. */
export interface Limits extends LoadLimits {
  /** Most tasks and measures in one plan. */
  readonly maxTasks: number;
}

export const defaultLimits: Limits = { ...defaultLoadLimits, maxTasks: 200_000 };
