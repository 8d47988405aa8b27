import { describe, expect, it } from 'vitest';
import { languageForText } from '../../../src/i18n/choose.js';
import { chooseLanguage, languageOfEnv, languageOfTag } from '../../../src/i18n/language.js';

describe('message language', () => {
  it('reads zh and en tags in their common spellings', () => {
    expect(['zh', 'zh-CN', 'zh_CN.UTF-8', 'ZH-tw', 'en', 'en-US', 'fr', '', undefined].map(languageOfTag)).toEqual([
      'zh', 'zh', 'zh', 'zh', 'en', 'en', undefined, undefined, undefined,
    ]);
  });

  it('takes LC_ALL over LANG, and only a zh locale switches away from English', () => {
    expect(languageOfEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageOfEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBeUndefined();
    expect(languageOfEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageOfEnv({})).toBeUndefined();
  });

  it('prefers --lang, then the plan locale, then the environment, then English', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    expect(chooseLanguage({ flag: 'en', locale: 'zh-CN', env })).toBe('en');
    expect(chooseLanguage({ locale: 'en', env })).toBe('en');
    expect(chooseLanguage({ locale: 'zh-CN' })).toBe('zh');
    expect(chooseLanguage({ env })).toBe('zh');
    expect(chooseLanguage({})).toBe('en');
  });

  it('finds the locale in a plan text, and falls back when the text does not parse', () => {
    expect(languageForText('plan: { locale: zh-CN }\n', undefined, {})).toBe('zh');
    expect(languageForText('plan: { locale: en }\n', undefined, { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageForText('plan: [unclosed\n', undefined, { LANG: 'zh_CN' })).toBe('zh');
    expect(languageForText('plan: { locale: zh-CN }\n', 'en', {})).toBe('en');
  });
});
