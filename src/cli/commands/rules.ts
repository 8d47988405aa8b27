import { rules } from '../../check/rules/index.js';
import type { ExitCode } from '../exit-code.js';
import { t } from '../../i18n/messages.js';
import { displayWidth } from '../../text/display-width.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';

/** `plan rules [--json]`: the rule catalogue, read from each rule's own meta. */
export function rulesCommand(options: { json?: boolean; lang?: string }, io: Io): ExitCode {
  if (options.json) {
    const list = rules.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.defaultSeverity, description: r.meta.description, descriptionZh: r.meta.descriptionZh }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const language = runLanguage(options.lang, io);
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  // Severities are said as in the lint report; the category stays a name, as in the JSON.
  const severities = rules.map((r) => t(language, r.meta.defaultSeverity === 'off' ? 'cli.rules.off' : `cli.report.severity.${r.meta.defaultSeverity}`));
  const severityWidth = Math.max(...severities.map((s) => displayWidth(s)));
  rules.forEach((r, i) => {
    const severity = severities[i]!;
    const description = language === 'zh' ? r.meta.descriptionZh : r.meta.description;
    io.stdout.write(`${r.meta.id.padEnd(width)}  ${severity}${' '.repeat(severityWidth - displayWidth(severity))}  ${r.meta.category.padEnd(9)}  ${description}\n`);
  });
  return 0;
}

