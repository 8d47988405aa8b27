import { rules } from '../../check/rules/index.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

/** `plan rules [--json]`: the rule catalogue, read from each rule's own meta. */
export function rulesCommand(options: { json?: boolean }, io: Io): ExitCode {
  if (options.json) {
    const list = rules.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.defaultSeverity, description: r.meta.description, descriptionZh: r.meta.descriptionZh }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.category.padEnd(9)}  ${r.meta.description}\n`);
  }
  return 0;
}
