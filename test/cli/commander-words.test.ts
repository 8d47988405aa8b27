import { describe, expect, it } from 'vitest';
import { commanderError } from '../../src/cli/commander-words.js';
import { langOnArgv, runLanguage } from '../../src/cli/language.js';

describe("commander's errors in the run's language", () => {
  it.each([
    ["error: unknown option '--fx'\n(Did you mean one of --fix, --f?)\n", '错误:没有“--fx”这个选项\n(您是否指 --fix 或 --f?)\n'],
    ["error: unknown command 'lnt'\n(Did you mean lint?)\n", '错误:没有“lnt”这个命令\n(您是否指 lint?)\n'],
    ["error: missing required argument 'expr'\n", '错误:缺少必需的参数“expr”\n'],
    ["error: option '-o, --out <dir>' argument missing\n", '错误:选项“-o, --out <dir>”后面要写一个值\n'],
    ["error: too many arguments for 'schema'. Expected 0 arguments but got 1.\n", '错误:参数太多(命令 schema):应有 0 个,实际给了 1 个。\n'],
  ])('%j', (english, chinese) => {
    expect(commanderError(english, 'zh')).toBe(chinese);
    expect(commanderError(english, 'en')).toBe(english);
  });

  it('prints an error it does not recognise as commander wrote it', () => {
    expect(commanderError("error: required option '--x' not specified\n", 'zh')).toBe("error: required option '--x' not specified\n");
  });
});

describe('the language known before parsing', () => {
  it('reads --lang X and --lang=X, the last one winning, and nothing after --', () => {
    expect(langOnArgv(['lint', 'a.yaml', '--lang', 'zh'])).toBe('zh');
    expect(langOnArgv(['lint', '--lang=en', '--lang', 'zh'])).toBe('zh');
    expect(langOnArgv(['lint', '--', '--lang', 'zh'])).toBeUndefined();
  });

  it('takes --lang over LANG, LANG over English', () => {
    expect(runLanguage('en', { env: { LANG: 'zh_CN.UTF-8' } })).toBe('en');
    expect(runLanguage(undefined, { env: { LC_ALL: 'zh_TW.UTF-8' } })).toBe('zh');
    expect(runLanguage(undefined, { env: {} })).toBe('en');
  });
});
