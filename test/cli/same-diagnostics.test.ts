import { isProgressFile } from '../../src/progress/find-progress.js';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonDiagnostic } from '../../src/report/formatters/json.js';
import { describe, expect, it } from 'vitest';
import { loadLintConfig } from '../../src/check/lint-config.js';
import { run } from '../../src/cli/main.js';
import { compile, type CompileOptions } from '../../src/compile.js';
import { memoryIo } from '../helpers/memory-io.js';

// The library and the CLI must give the same answer for the same plan: one pipeline, compile().
// Every fixture plan is linted both ways, plainly, under a config, in Chinese and with --base.

const repo = new URL('../../', import.meta.url);
const folders = { valid: 'test/fixtures/valid', invalid: 'test/fixtures/invalid', revisions: 'test/fixtures/revisions', plans: 'plans' };

/** A scratch working folder with every fixture plan, and no config unless a test writes one. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-same-'));
  for (const [name, from] of Object.entries(folders)) cpSync(new URL(`${from}/`, repo), join(dir, name), { recursive: true });
  return dir;
}

const dir = workspace();
const plans = Object.keys(folders).flatMap((name) =>
  (readdirSync(join(dir, name), { recursive: true }) as string[])
    // Progress files are checked with their plan, not as plans (test/cli/lint-progress.test.ts).
    .filter((f) => f.endsWith('.yaml') && !isProgressFile(f))
    .map((f) => `${name}/${f.split('\\').join('/')}`)
    .sort(),
);

/** What `--format json` shows of a diagnostic (the formatter's own mapping). */
const shown = jsonDiagnostic;

async function lint(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<unknown[]> {
  const io = memoryIo(cwd, { env });
  const code = await run(['lint', '--format', 'json', ...args], io);
  expect(code, io.err()).not.toBe(2);
  return JSON.parse(io.out()) as unknown[];
}

function compiled(cwd: string, file: string, options: CompileOptions = {}) {
  return compile({ path: file, text: readFileSync(join(cwd, file), 'utf8') }, options);
}

describe('compile() and plan lint give the same diagnostics', () => {
  it('on enough plans to mean something: every folder, rules among the findings', () => {
    for (const name of Object.keys(folders)) expect(plans.some((p) => p.startsWith(`${name}/`))).toBe(true);
    // Were compile() to run no rules, the two paths would differ on these.
    const stages = new Set(plans.flatMap((p) => compiled(dir, p).diagnostics.map((d) => d.stage)));
    expect(stages).toContain('check');
  });

  it.each(plans)('%s', async (file) => {
    expect(await lint(dir, [file])).toEqual(compiled(dir, file).diagnostics.map(shown));
  });

  it.each(plans)('%s, in the environment’s language (LANG=zh_CN.UTF-8)', async (file) => {
    expect(await lint(dir, [file], { LANG: 'zh_CN.UTF-8' })).toEqual(compiled(dir, file, { fallbackLanguage: 'zh' }).diagnostics.map(shown));
  });

  it.each(plans)('%s, under a config that changes rules, a stage code and the language', async (file) => {
    const configured = workspace();
    writeFileSync(join(configured, '.planlint.yaml'), 'lang: en\nrules:\n  title-length: [error, { max: 8 }]\n  unit-used: off\n  lead-accountable: warning\n  date-fuzzy: off\n');
    const config = loadLintConfig(join(configured, '.planlint.yaml'));
    expect(await lint(configured, [file])).toEqual(compiled(configured, file, { config }).diagnostics.map(shown));
  });

  it.each(plans.filter((p) => p.startsWith('revisions/') && !p.endsWith('.old.yaml')))('%s, against the first Xietang revision (--base)', async (file) => {
    const base = compiled(dir, 'revisions/xietang-2018-r1.yaml').plan!;
    expect(await lint(dir, ['--base', 'revisions/xietang-2018-r1.yaml', file])).toEqual(compiled(dir, file, { base }).diagnostics.map(shown));
  });
});
