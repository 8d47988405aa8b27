import type { StageCode } from '../diagnostics/codes.js';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { RuleMeta } from './rule.js';

// Where each rule's words live in the catalogues. Here a rule's id is a plain string, so its keys
// are cast; defineRule checks them for each rule at compile time, and
// test/unit/check/rule-words.test.ts again at run time. A stage code's keys need no cast:
// StageCode is a union of literals, so the type system checks them here.

/** `rules.<id>.description`: what the rule checks, for `plan rules`, the README and SARIF. */
export function ruleDescription(language: Language, meta: Pick<RuleMeta<string, unknown>, 'id'>): string {
  return t(language, `rules.${meta.id}.description` as MessageKey);
}

/** `rules.<id>.<messageId>` with its placeholders filled: the text of one report. */
export function ruleMessage(language: Language, ruleId: string, messageId: string, data?: Readonly<Record<string, string | number>>): string {
  return t(language, `rules.${ruleId}.${messageId}` as MessageKey, data);
}

/** `rules.stage.<code>.description`: what a diagnostic of the pipeline itself means. */
export function stageCodeDescription(language: Language, code: StageCode): string {
  return t(language, `rules.stage.${code}.description`);
}
