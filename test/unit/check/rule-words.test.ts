import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../../src/check/rule.js';
import { rules } from '../../../src/check/rules/index.js';
import { stageCodes } from '../../../src/diagnostics/codes.js';
import { areas as enAreas } from '../../../src/i18n/catalogue/en.js';
import { areas as zhAreas } from '../../../src/i18n/catalogue/zh.js';

const catalogues = { en: enAreas.rules, zh: zhAreas.rules } as Readonly<Record<'en' | 'zh', Readonly<Record<string, string>>>>;

/** The keys a rule needs, `language:key`, that a catalogue lacks or leaves empty. */
function missingWords(meta: Pick<AnyRule['meta'], 'id' | 'messageIds'>): string[] {
  const keys = [`rules.${meta.id}.description`, ...meta.messageIds.map((id) => `rules.${meta.id}.${id}`)];
  return Object.entries(catalogues).flatMap(([language, words]) => keys.filter((key) => !words[key]?.trim()).map((key) => `${language}:${key}`));
}

describe("every rule's words are in both catalogues", () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s: a description and each message id, in English and Chinese', (_, rule) => {
    expect(missingWords(rule.meta)).toEqual([]);
  });

  it('notices a rule whose words were never written', () => {
    expect(missingWords({ id: 'no-such-rule', messageIds: ['found'] })).toEqual([
      'en:rules.no-such-rule.description',
      'en:rules.no-such-rule.found',
      'zh:rules.no-such-rule.description',
      'zh:rules.no-such-rule.found',
    ]);
    expect(missingWords({ id: 'phase-not-empty', messageIds: ['empty', 'added-later'] })).toEqual(['en:rules.phase-not-empty.added-later', 'zh:rules.phase-not-empty.added-later']);
  });

  it('describes every diagnostic of the pipeline in both languages', () => {
    for (const [language, words] of Object.entries(catalogues)) {
      for (const code of Object.keys(stageCodes)) expect(words[`rules.stage.${code}.description`]?.trim(), `${language}: ${code}`).toBeTruthy();
    }
  });

  it('keeps no words of a rule or code that no longer exists', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    const orphans = Object.keys(catalogues.en).filter((key) => {
      const [, owner, ...rest] = key.split('.');
      if (owner === 'list' || owner === 'config') return false; // the words of `plan rules` and of a config file's errors
      if (owner === 'stage') return !(rest[0]! in stageCodes);
      return !ids.has(owner!);
    });
    expect(orphans).toEqual([]);
  });
});
