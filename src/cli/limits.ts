import { type Command, Option } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
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
export function addLimitOptions(command: Command, language: Language = 'en'): Command {
  const limit = (flags: string, description: string): Option => new Option(flags, description).helpGroup(t(language, 'cli.help.safety-limits'));
  return command
    .addOption(limit('--max-bytes <n>', t(language, 'cli.opt.max-bytes', { max: defaultLimits.maxBytes })))
    .addOption(limit('--max-aliases <n>', t(language, 'cli.opt.max-aliases', { max: defaultLimits.maxAliasCount })))
    .addOption(limit('--max-tasks <n>', t(language, 'cli.opt.max-tasks', { max: defaultLimits.maxTasks })));
}

function count(flag: string, value: string | undefined, fallback: number, language: Language): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(t(language, 'cli.flag.whole-number', { flag, value: t(language, 'quote', { text: value }) }));
  return n;
}

export function limitsFrom(flags: LimitFlags, language: Language = 'en'): Limits {
  return {
    maxBytes: count('--max-bytes', flags.maxBytes, defaultLimits.maxBytes, language),
    maxAliasCount: count('--max-aliases', flags.maxAliases, defaultLimits.maxAliasCount, language),
    maxTasks: count('--max-tasks', flags.maxTasks, defaultLimits.maxTasks, language),
  };
}
