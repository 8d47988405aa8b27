import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { watchPlan } from '../../src/cli/watch.js';
import type { Language } from '../../src/i18n/language.js';
import { memoryIo } from '../helpers/memory-io.js';
import { englishProse } from './english-prose.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const corpus = new URL('../fixtures/corpus/xietang-2018-jiefang-sixiang.txt', import.meta.url).pathname;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-lines-'));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

/**
 * `plan ARGS` in `language`: Chinese by the locale (LANG), as a Chinese secretary's terminal has
 * it; English by --lang en, which must win over that locale. The fixtures name no locale.
 */
async function plan(language: Language, args: string[], dir = workspace()) {
  const io = memoryIo(dir, { env: { LANG: 'zh_CN.UTF-8' } });
  const code = await run(language === 'en' ? [...args, '--lang', 'en'] : args, io);
  return { code, out: io.out(), err: io.err(), all: io.out() + io.err(), dir };
}

describe('each command says its lines in the run’s language', () => {
  it('plan lint: severities and the summary', async () => {
    const zh = await plan('zh', ['lint', 'invalid/unknown-unit.yaml']);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('invalid/unknown-unit.yaml:12:18  错误  未知单位');
    expect(zh.out).toMatch(/\n✖ 共 2 个问题\(2 个错误,0 个警告\)\n$/);
    expect(englishProse(zh.all)).toEqual([]);
    const en = await plan('en', ['lint', 'invalid/unknown-unit.yaml']);
    expect(en.code).toBe(1);
    expect(en.out).toContain('invalid/unknown-unit.yaml:12:18  error  Unknown unit');
    expect(en.out).toMatch(/\n✖ 2 problems \(2 errors, 0 warnings\)\n$/);
  });

  it('plan lint: infos in the summary, and too many warnings', async () => {
    const zh = await plan('zh', ['lint', 'rules/window-clear-of-breaks/swallowed.yaml', '--max-warnings', '0']);
    expect(zh.code).toBe(1);
    expect(zh.out).toMatch(/✖ 共 3 个问题\(0 个错误,1 个警告,2 条提示\)/);
    expect(zh.err).toBe('plan: 共 1 个警告,超过 --max-warnings 规定的 0 个\n');
    const en = await plan('en', ['lint', 'rules/window-clear-of-breaks/swallowed.yaml', '--max-warnings', '0']);
    expect(en.out).toMatch(/✖ 3 problems \(0 errors, 1 warning, 2 info\)/);
    expect(en.err).toBe('plan: 1 warnings, more than --max-warnings 0\n');
  });

  it('plan build: files written, and nothing written on errors', async () => {
    const zh = await plan('zh', ['build', 'valid/minimal.yaml', '-o', 'out']);
    expect(zh.code).toBe(0);
    expect(zh.err).toMatch(/^plan: 已写出 \d+ 个文件到 out\n$/);
    const en = await plan('en', ['build', 'valid/minimal.yaml', '-o', 'out']);
    expect(en.err).toMatch(/^plan: wrote \d+ files to out\n$/);
    const failed = await plan('zh', ['build', 'invalid/unknown-unit.yaml', '-o', 'out']);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/✖ 共 2 个问题[^\n]*\nplan: 未写出任何文件:请先改正上面的错误\n$/);
    expect(englishProse(failed.all)).toEqual([]);
    expect((await plan('en', ['build', 'invalid/unknown-unit.yaml', '-o', 'out'])).err).toMatch(/\nplan: nothing written: fix the errors above first\n$/);
  });

  it('plan build: the open todos of an imported plan', async () => {
    const dir = workspace();
    expect((await plan('zh', ['import', corpus, '-o', 'imported.yaml'], dir)).code).toBe(1);
    // The imported plan says plan.locale zh-CN: Chinese unless --lang en.
    const zh = await plan('zh', ['build', 'imported.yaml', '-o', 'out'], dir);
    expect(zh.code).toBe(0);
    expect(zh.err).toMatch(/\nplan: 有 1 处待核实\(todo\):相关事项在每份输出中都标有“【待核实】”;逐条核实前,plan lint 会报错\n$/);
    expect(englishProse(zh.all)).toEqual([]);
    const en = await plan('en', ['build', 'imported.yaml', '-o', 'out'], dir);
    expect(en.err).toMatch(/\nplan: 1 open point\(s\) \(todo\) to verify: the items concerned are marked 【待核实】 in every output; plan lint fails until they are settled\n$/);
  });

  it('plan import: the summary of what is left to verify', async () => {
    const zh = await plan('zh', ['import', corpus, '-o', 'imported.yaml']);
    expect(zh.code).toBe(1);
    expect(zh.err).toBe('plan import: 1 处待核实,已写入 imported.yaml 的 todo 中;逐条核实后删除 todo(plan lint 逐条列出)。plan build 已可使用,待核实的事项标有“【待核实】”。\n');
    const en = await plan('en', ['import', corpus, '-o', 'imported.yaml']);
    expect(en.err).toMatch(/^plan import: 1 open point\(s\) to verify, written as todo in imported\.yaml; check each/);
  });

  it('plan init: the hint names commands that work on the new plan', async () => {
    for (const language of ['zh', 'en'] as const) {
      const made = await plan(language, ['init', 'new.yaml']);
      expect(made.code).toBe(0);
      expect(made.out).toMatch(language === 'zh' ? /^plan: 已写出 new\.yaml。检查:plan lint new\.yaml;/ : /^plan: wrote new\.yaml; check it with: plan lint new\.yaml, then/);
      const commands = [...made.out.matchAll(/plan ([a-z]+) (new\.yaml)/g)].map((m) => [m[1]!, m[2]!]);
      expect(commands.map(([name]) => name)).toEqual(['lint', 'build']);
      for (const argv of commands) expect((await plan(language, argv, made.dir)).code, argv.join(' ')).toBe(0);
    }
    const exists = await plan('zh', ['init', 'valid/minimal.yaml']);
    expect(exists.code).toBe(2);
    expect(exists.err).toBe('plan: valid/minimal.yaml 已存在;如要替换,请加上 --force\n');
  });

  it('plan fmt --check: the files not in the canonical layout, and the command that fixes them', async () => {
    for (const language of ['zh', 'en'] as const) {
      const dir = workspace();
      writeFileSync(join(dir, 'messy.yaml'), readFileSync(join(dir, 'valid/minimal.yaml'), 'utf8').replace('  title: 最小方案\n  year: 2018', '  year: 2018\n  title: 最小方案'));
      const checked = await plan(language, ['fmt', '--check', 'messy.yaml'], dir);
      expect(checked.code).toBe(1);
      expect(checked.out).toBe('messy.yaml\n');
      expect(checked.err).toBe(language === 'zh' ? 'plan: 有 1 个文件不是标准排版;运行 plan fmt 即可整理\n' : 'plan: 1 file(s) not in the canonical layout; run plan fmt to fix\n');
      // The command named fixes it.
      expect((await plan(language, ['fmt', 'messy.yaml'], dir)).code).toBe(0);
      expect((await plan(language, ['fmt', '--check', 'messy.yaml'], dir)).code).toBe(0);
    }
  });

  it('usage errors: a missing file, a bad flag value, an unknown option', async () => {
    const cases: [string[], string, RegExp][] = [
      [['lint', 'nope.yaml'], 'plan: 无法读取 nope.yaml:文件不存在\n', /^plan: cannot read nope\.yaml: no such file\n$/],
      [['lint', 'valid/minimal.yaml', '--max-warnings', 'x'], 'plan: --max-warnings 要写一个整数,现在是 “x”\n', /^plan: --max-warnings takes a whole number, got 'x'\n$/],
      [['build', 'valid/minimal.yaml', '--locale', 'fr'], 'plan: --locale 只能是 zh-CN 或 en,现在是 “fr”\n', /^plan: --locale takes zh-CN or en, got 'fr'\n$/],
      [['build', '--bogus'], '错误:没有“--bogus”这个选项\n', /^error: unknown option '--bogus'\n$/],
      [['lint', '-f', 'xml', 'valid/minimal.yaml'], '错误:选项“-f, --format <format>”的值“xml”不可用,可选:stylish, json, github, sarif, junit。\n', /^error: option '-f, --format <format>' argument 'xml' is invalid/],
      [
        ['build', 'valid/minimal.yaml', '-o', 'valid/minimal.yaml/sub/out'],
        'plan: 无法写入 valid/minimal.yaml/sub/out:路径中有一段是文件而不是文件夹(原来的输出保持不变)\n',
        /^plan: cannot write valid\/minimal\.yaml\/sub\/out: a part of the path is a file, not a folder \(the previous output is unchanged\)\n$/,
      ],
      [['lint', '--formt', 'json'], '错误:没有“--formt”这个选项\n(您是否指 --format?)\n', /^error: unknown option '--formt'\n\(Did you mean --format\?\)\n$/],
    ];
    for (const [argv, zh, en] of cases) {
      const said = await plan('zh', argv);
      expect(said.code, argv.join(' ')).toBe(2);
      expect(said.err, argv.join(' ')).toBe(zh);
      expect((await plan('en', argv)).err, argv.join(' ')).toMatch(en);
    }
  });

  it('words from code that did not know the language: import’s readers, the writers, --alarm, a template', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 1]));
    writeFileSync(join(dir, 'no-year.txt'), '一、工作安排\n(一)召开动员会议。(牵头单位:办公室,3月底前完成)\n');
    writeFileSync(join(dir, 'a-file'), '');
    mkdirSync(join(dir, 'broken-templates'));
    writeFileSync(join(dir, 'broken-templates/summary.md.eta'), '<% if ( %>\n');
    const cases: [string[], string | RegExp, RegExp][] = [
      [
        ['import', 'old.doc'],
        'plan: old.doc 是 Word 97–2003 文档(.doc)或其他旧版 Office 文件,plan 无法读取:请另存为 .docx 或纯文本文件后再导入\n',
        /^plan: old\.doc is a Word 97–2003 document \(\.doc\) or another old Office file, which plan cannot read: save it as \.docx or plain text\n$/,
      ],
      [['import', 'no-year.txt'], 'plan: no-year.txt:文档中没有写明这是哪一年的方案:请用 --year 指定年份,如 --year 2024\n', /^plan: no-year\.txt: the document does not say which year the plan is for: pass --year\n$/],
      [['build', 'valid/minimal.yaml', '-o', 'a-file'], 'plan: 无法写入 a-file:已有同名的文件,它不是文件夹(原来的输出保持不变)\n', /^plan: cannot write a-file: it exists and is not a folder \(the previous output is unchanged\)\n$/],
      [['ics', 'valid/minimal.yaml', '--alarm', 'x'], 'plan: --alarm 要写提前提醒的工作日天数(0 到 60 的整数),现在是 “x”\n', /^plan: --alarm takes a number of working days from 0 to 60, got 'x'\n$/],
      [['build', 'valid/minimal.yaml', '-o', 'out', '--templates', 'broken-templates'], /^plan: 模板 .*summary\.md\.eta 写得有误,无法使用:Bad template syntax: .*\(未写出任何文件\)\n$/, /^plan: template .*summary\.md\.eta does not compile: Bad template syntax: .* \(nothing written\)\n$/],
    ];
    for (const [argv, zh, en] of cases) {
      const said = await plan('zh', argv, dir);
      expect(said.code, argv.join(' ')).toBe(2);
      if (typeof zh === 'string') expect(said.err, argv.join(' ')).toBe(zh);
      else expect(said.err, argv.join(' ')).toMatch(zh);
      expect((await plan('en', argv, dir)).err, argv.join(' ')).toMatch(en);
    }
  });

  it('plan --help and plan lint --help: commander’s headings and every description', async () => {
    const top = await plan('zh', ['--help']);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/^用法: plan \[选项\] \[命令\]\n/);
    expect(top.out).toContain('\n命令:\n');
    // plan tasks is declared elsewhere and still describes itself in English.
    expect(englishProse(top.out.split('\n').filter((line) => !/^ {2}tasks /.test(line) && !/^ {20,}\S/.test(line)).join('\n'))).toEqual([]);
    const lint = await plan('zh', ['lint', '--help']);
    expect(lint.out).toMatch(/^用法: plan lint \[选项\] \[plans\.\.\.\]\n/);
    expect(lint.out).toContain('\n安全上限:\n');
    expect(lint.out).toContain('  -h, --help             显示本命令的帮助\n');
    expect(englishProse(lint.out)).toEqual([]);
    expect((await plan('zh', ['help', 'build'])).out).toContain('--pdf                另用本机安装的 Chromium');
    const en = await plan('en', ['lint', '--help']);
    expect(en.out).toMatch(/^Usage: plan lint \[options\] \[plans\.\.\.\]\n/);
    expect(en.out).toMatch(/output format \(choices: "stylish", "json", "github",\s+"sarif", "junit", default: "stylish"\)/);
  });

  it('plan build --watch: its progress lines', async () => {
    for (const [language, lines] of [
      ['zh', ['plan: 正在监视 1 个位置的改动(按 Ctrl+C 停止)', 'plan: 发现改动,正在重新生成']],
      ['en', ['plan: watching 1 path for changes (Ctrl+C to stop)', 'plan: change detected, rebuilding']],
    ] as const) {
      const io = memoryIo(workspace());
      const stop = new AbortController();
      let changed: ((event: string, file: string | null) => void) | undefined;
      const watching = watchPlan(['plan.yaml'], async () => stop.abort(), io, {
        debounceMs: 1,
        signal: stop.signal,
        language,
        watch: (_dir, listener) => {
          changed = listener;
          return { close: () => {} } as never;
        },
      });
      changed!('change', 'plan.yaml');
      await watching;
      expect(io.err().trim().split('\n')).toEqual(lines);
    }
  });
});
