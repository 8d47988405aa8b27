import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import type { Artifact, EmitContext } from '../../../src/emit/artifact.js';
import { summaryPdfEmitter } from '../../../src/emit/emitters/summary-pdf.js';
import { parseLocale } from '../../../src/emit/labels.js';
import { samplePlan } from '../../helpers/sample-plan.js';
import { memoryIo } from '../../helpers/memory-io.js';

const noBrowser = (dir: string) => memoryIo(dir, { env: { PLAN_CHROMIUM: join(dir, 'no-such-browser') } });

function context(dir: string, files: Artifact[]): EmitContext {
  return { plan: samplePlan(), generatedAt: new Date('2018-05-01T00:00:00Z'), env: { PLAN_CHROMIUM: join(dir, 'no-such-browser') }, files: new Map(files.map((f) => [f.path, f])) };
}

describe('the summary-pdf emitter (plan build --pdf)', () => {
  it('turns a missing browser into a one-line usage error (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    const html: Artifact = { path: 'summary.html', contents: '<p>x</p>', mediaType: 'text/html' };
    await expect(summaryPdfEmitter.emit(context(dir, [html]))).rejects.toThrow(UsageError);
    await expect(summaryPdfEmitter.emit(context(dir, [html]))).rejects.toThrow(/^PLAN_CHROMIUM=.* is not an executable file$/);
  });

  it('keeps the previous output when printing fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    writeFileSync(join(dir, 'plan.yaml'), readFileSync(new URL('../../../plans/xietang-2018.yaml', import.meta.url)));
    expect(await run(['build', 'plan.yaml', '-o', 'out'], noBrowser(dir))).toBe(0);
    const before = readFileSync(join(dir, 'out', 'summary.html'), 'utf8');
    const io = noBrowser(dir);
    expect(await run(['build', 'plan.yaml', '-o', 'out', '--locale', 'en', '--pdf'], io)).toBe(2);
    expect(io.err()).toMatch(/PLAN_CHROMIUM=.* is not an executable file/);
    expect(readFileSync(join(dir, 'out', 'summary.html'), 'utf8')).toBe(before);
  });

  it('needs summary.html', async () => {
    await expect(summaryPdfEmitter.emit(context(tmpdir(), []))).rejects.toThrow(/--pdf needs summary.html/);
  });
});

describe('--locale', () => {
  it('accepts zh, zh-CN and en, and nothing else', () => {
    expect([parseLocale('zh'), parseLocale('zh-CN'), parseLocale('en'), parseLocale(undefined)]).toEqual(['zh-CN', 'zh-CN', 'en', undefined]);
    expect(() => parseLocale('fr')).toThrow(UsageError);
  });
});
