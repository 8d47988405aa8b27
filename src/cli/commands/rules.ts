import { ruleDescription, stageCodeDescription } from '../../check/rule-words.js';
import { rules } from '../../check/rules/index.js';
import { stageCodes, type StageCode } from '../../diagnostics/codes.js';
import { t } from '../../i18n/messages.js';
import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { runLanguage } from '../language.js';

export interface RulesOptions {
  readonly json?: boolean;
  /** Language of the descriptions: --lang, then LANG, then English. */
  readonly lang?: string;
}

/**
 * `plan rules [--json] [--lang zh|en]`: the lint rules, then the diagnostics of the pipeline
 * itself, each described in the catalogue's words. Ids, severities and categories are what a
 * `.planlint.yaml` is written with, so they stay as they are in every language.
 */
export function rulesCommand(options: RulesOptions, io: Io): ExitCode {
  if (options.json) {
    // Both languages whatever --lang says: tools read this, and the shape predates --lang.
    const list = rules.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.defaultSeverity, description: ruleDescription('en', r.meta), descriptionZh: ruleDescription('zh', r.meta) }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const language = runLanguage(options.lang, io);
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.category.padEnd(9)}  ${ruleDescription(language, r.meta)}\n`);
  }
  const codes = Object.entries(stageCodes) as [StageCode, (typeof stageCodes)[StageCode]][];
  const codeWidth = Math.max(...codes.map(([code]) => code.length));
  io.stdout.write(`\n${t(language, 'rules.list.stage-heading')}\n`);
  for (const [code, info] of codes) io.stdout.write(`${code.padEnd(codeWidth)}  ${info.severity.padEnd(7)}  ${stageCodeDescription(language, code)}\n`);
  return 0;
}

