import { type Command, Option } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import { defaultLimits, type Limits } from '../limits.js';

export interface LimitFlags {
  readonly maxBytes?: string;
  readonly maxAliases?: string;
  readonly maxTasks?: string;
}

/**
 * Declares the flags that raise the safety limits (documented in the README). Few runs need them,
 * so `--help` lists them last, under their own heading, after the command's own options.
 */
export function addLimitOptions(command: Command): Command {
  const limit = (flags: string, description: string): Option => new Option(flags, description).helpGroup('Safety limits:');
  return command
    .addOption(limit('--max-bytes <n>', `largest plan file accepted (default ${defaultLimits.maxBytes})`))
    .addOption(limit('--max-aliases <n>', `most YAML alias expansions (default ${defaultLimits.maxAliasCount})`))
    .addOption(limit('--max-tasks <n>', `most tasks in one plan (default ${defaultLimits.maxTasks})`));
}

function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} takes a positive whole number, got '${value}'`);
  return n;
}

export function limitsFrom(flags: LimitFlags): Limits {
  return {
    maxBytes: count('--max-bytes', flags.maxBytes, defaultLimits.maxBytes),
    maxAliasCount: count('--max-aliases', flags.maxAliases, defaultLimits.maxAliasCount),
    maxTasks: count('--max-tasks', flags.maxTasks, defaultLimits.maxTasks),
  };
}
