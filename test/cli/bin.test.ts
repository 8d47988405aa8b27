import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/pdf/print.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/plan.js');

/** Runs the real executable, as a user's shell would, to catch packaging and shebang mistakes. */
function plan(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('bin/plan.js', () => {
  it('lints the bundled plan clean', () => {
    const r = plan(['lint', 'plans/xietang-2018.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
  it('exits 1 with diagnostics on a broken plan', () => {
    const r = plan(['lint', 'test/fixtures/invalid/unknown-unit.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('unknown-unit');
  });
  it('exits 2 with one line for a missing file', () => {
    const r = plan(['build', 'missing.yaml', '-o', join(mkdtempSync(join(tmpdir(), 'plan-bin-')), 'out')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('prints the summary to PDF with the installed Chromium (the lazily loaded browser driver survives bundling)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-bin-')), 'out');
    const r = plan(['build', 'plans/xietang-2018.yaml', '-o', out, '--pdf']);
    if (findChromium(process.env) === undefined && !process.env.CI) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/chromium/i);
      return;
    }
    // The bundled plan's locale is zh-CN: the lines about it are Chinese.
    expect(r.err).toMatch(/已写出 \d+ 个文件/);
    expect(readFileSync(join(out, 'summary.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('imports a plan document (its lazily loaded libraries survive bundling)', () => {
    const r = plan(['import', 'test/fixtures/corpus/xietang-2018-jiefang-sixiang.txt']);
    expect(r.out).toContain('xuanchuan: 宣传条线');
  });

  it('starts from the code cache written by the build, which V8 accepts', () => {
    const probe = `const { loadBundle } = require(${JSON.stringify(join(root, 'bin/load-bundle.cjs'))});
      const { script } = loadBundle(); process.stdout.write(String(script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });
  it('still runs when the code cache is missing (another Node, or a build without it)', () => {
    const probe = `const { loadBundle } = require(${JSON.stringify(join(root, 'bin/load-bundle.cjs'))});
      const { cli, script } = loadBundle('/nonexistent/plan.cjs.cache');
      cli.run(['lint', 'plans/xietang-2018.yaml'], cli.nodeIo).then((code) => process.stdout.write(code + ' ' + script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0 undefined');
  });
  it('prints help and its version', () => {
    expect(plan(['--help']).out).toContain('build');
    expect(plan(['--version']).code).toBe(0);
  });
});
