/**
 * The name a flag's value has among the parsed flags, as commander names it: `--no-ongoing` →
 * `ongoing`, `--alarm <days...>` → `alarm`, `--max-rows <n>` → `maxRows`.
 */
export function flagName(flags: string): string {
  const long = /--(?:no-)?([a-z][a-z0-9-]*)/i.exec(flags)?.[1] ?? flags;
  return long.replace(/-([a-z0-9])/gi, (_m, c: string) => c.toUpperCase());
}
