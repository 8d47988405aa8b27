import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryPdfArtifact, writeSummaryPdf } from '../../../src/cli/commands/pdf.js';
import { UsageError } from '../../../src/diagnostics/errors.js';
import { parseLocale } from '../../../src/emit/labels.js';
import { memoryIo } from '../../helpers/memory-io.js';

const noBrowser = (dir: string) => memoryIo(dir, { env: { PLAN_CHROMIUM: join(dir, 'no-such-browser') } });

describe('plan build --pdf helpers', () => {
  it('turn a missing browser into a one-line usage error (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    const artifacts = [{ path: 'summary.html', contents: '<p>x</p>' }];
    await expect(summaryPdfArtifact(artifacts, noBrowser(dir))).rejects.toThrow(UsageError);
    await expect(summaryPdfArtifact(artifacts, noBrowser(dir))).rejects.toThrow(/^PLAN_CHROMIUM=.* is not an executable file$/);
  });

  it('keep what the build wrote when printing fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    writeFileSync(join(dir, 'summary.html'), '<p>x</p>');
    await expect(writeSummaryPdf(dir, noBrowser(dir))).rejects.toThrow(UsageError);
    expect(readFileSync(join(dir, 'summary.html'), 'utf8')).toBe('<p>x</p>');
  });

  it('need a summary.html', async () => {
    await expect(summaryPdfArtifact([], memoryIo(tmpdir()))).rejects.toThrow(/--pdf needs summary.html/);
  });
});

describe('--locale', () => {
  it('accepts zh, zh-CN and en, and nothing else', () => {
    expect([parseLocale('zh'), parseLocale('zh-CN'), parseLocale('en'), parseLocale(undefined)]).toEqual(['zh-CN', 'zh-CN', 'en', undefined]);
    expect(() => parseLocale('fr')).toThrow(UsageError);
  });
});
