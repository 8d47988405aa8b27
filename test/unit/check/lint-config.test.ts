import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../../src/check/glob.js';
import { effectiveConfig, loadLintConfig } from '../../../src/check/lint-config.js';
import { applyDirectives } from '../../../src/check/suppress.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';

function configFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-config-'));
  const file = join(dir, '.planlint.yaml');
  writeFileSync(file, text);
  return file;
}

describe('globToRegExp', () => {
  it.each([
    ['plans/*.yaml', 'plans/a.yaml', true],
    ['plans/*.yaml', 'plans/drafts/a.yaml', false],
    ['**/*.yaml', 'plans/drafts/a.yaml', true],
    ['**/*.yaml', 'a.yaml', true],
    ['plans/{a,b}.yaml', 'plans/b.yaml', true],
    ['plans/?.yaml', 'plans/ab.yaml', false],
  ])('%s ~ %s = %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('lint config', () => {
  it('sets severities and options, with per-file overrides', () => {
    const file = configFile('rules:\n  title-length: [error, { max: 10 }]\n  unit-used: off\n  date-ambiguous: error\noverrides:\n  - files: ["drafts/**"]\n    rules: { title-length: off }\n');
    const config = loadLintConfig(file);
    const main = effectiveConfig(config, join(config.baseDir, 'plans/a.yaml'));
    const title = main.rules.find((r) => r.rule.meta.id === 'title-length')!;
    expect(title.severity).toBe('error');
    expect(title.options).toEqual({ max: 10 });
    expect(main.rules.some((r) => r.rule.meta.id === 'unit-used')).toBe(false);
    expect(main.severities.get('date-ambiguous')).toBe('error');
    const draft = effectiveConfig(config, join(config.baseDir, 'drafts/x/b.yaml'));
    expect(draft.rules.some((r) => r.rule.meta.id === 'title-length')).toBe(false);
  });
  it('rejects unknown rules, bad options and bad severities with the file named', () => {
    expect(() => loadLintConfig(configFile('rules: { no-such-rule: error }\n'))).toThrow(/unknown rule 'no-such-rule'/);
    expect(() => loadLintConfig(configFile('rules: { title-length: [warning, { max: "x" }] }\n'))).toThrow(/options of 'title-length'/);
    expect(() => loadLintConfig(configFile('rules: { title-length: loud }\n'))).toThrow(/invalid config .*rules.title-length/);
    // An error that stops the pipeline cannot be turned off.
    expect(() => loadLintConfig(configFile('rules: { unknown-unit: off }\n'))).toThrow(/unknown rule 'unknown-unit'/);
  });
  it('says so in Chinese when asked', () => {
    expect(() => loadLintConfig(configFile('rules: { no-such-rule: error }\n'), 'zh')).toThrow(/没有名为“no-such-rule”的规则/);
    expect(() => loadLintConfig(configFile('rules: { unit-used: [warning, { max: 1 }] }\n'), 'zh')).toThrow(/规则“unit-used”没有可设置的选项/);
  });
});

describe('disable comments', () => {
  const at = (code: string, line: number, severity: Diagnostic['severity'] = 'warning', stage: Diagnostic['stage'] = 'check'): Diagnostic => ({
    code,
    stage,
    severity,
    path: [],
    message: code,
    span: { file: 'x', start: { line, column: 1 }, end: { line, column: 2 } },
  });
  it('silences the named code on the next line or the same line', () => {
    const text = 'a: 1\n# plan-disable-next-line title-length\nb: 2\nc: 3 # plan-disable-line unit-used, date-fuzzy\n';
    const kept = applyDirectives([at('title-length', 3), at('title-length', 4), at('unit-used', 4), at('phase-not-empty', 4)], text);
    expect(kept.map((d) => `${d.code}:${d.span!.start.line}`)).toEqual(['title-length:4', 'phase-not-empty:4']);
  });
  it('never silences errors that stop compilation', () => {
    const text = '# plan-disable-next-line\nlead: x\n';
    expect(applyDirectives([at('unknown-unit', 2, 'error', 'resolve')], text)).toHaveLength(1);
  });
});
