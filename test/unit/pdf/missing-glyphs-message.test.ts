import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/diagnostics/errors.js';
import type { EmitContext } from '../../../src/emit/artifact.js';
import { samplePlan } from '../../helpers/sample-plan.js';

// What summary-pdf says when the page check finds characters without a font; the check itself
// runs in a real browser (test/browser/no-host-fonts.test.ts). Here the printer is replaced.
const failure = vi.hoisted(() => ({ missing: ['斜', '塘'], all: true }));
vi.mock('../../../src/pdf/print.js', async (original) => {
  const real = await original<typeof import('../../../src/pdf/print.js')>();
  return { ...real, htmlToPdf: async () => Promise.reject(new real.MissingGlyphsError(failure.missing, failure.all, undefined)) };
});
const { summaryPdfEmitter } = await import('../../../src/emit/emitters/summary-pdf.js');

function context(locale: 'zh-CN' | 'en'): EmitContext {
  const html = { path: 'summary.html', contents: '<p>斜塘</p>', mediaType: 'text/html' } as const;
  return { plan: { ...samplePlan(), locale }, generatedAt: new Date('2018-05-01T00:00:00Z'), env: {}, files: new Map([[html.path, html]]) };
}

describe('summary.pdf refused for characters without a font', () => {
  it('says in Chinese that no Chinese font could be used, naming the characters and the fix', async () => {
    failure.all = true;
    const error = await summaryPdfEmitter.emit(context('zh-CN')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      '未生成 summary.pdf：找不到可用的中文字体，汉字会印成空方框（斜塘）。请重新安装 plan（其自带字体包 @fontsource-variable/noto-serif-sc 缺失或损坏），或安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）。',
    );
  });

  it('names only the characters that no font has when the others print', async () => {
    failure.all = false;
    failure.missing = ['𪚥'];
    const zh = await summaryPdfEmitter.emit(context('zh-CN')).catch((e: unknown) => e);
    expect((zh as Error).message).toContain('有 1 个字在所有字体中都没有字形，会印成空方框：𪚥');
    const en = await summaryPdfEmitter.emit(context('en')).catch((e: unknown) => e);
    expect((en as Error).message).toContain('these characters have no glyph in any font and would print as empty boxes (1 in all): 𪚥');
  });

  it('cuts a long list of characters short', async () => {
    failure.all = true;
    failure.missing = Array.from('一二三四五六七八九十百千万亿');
    const error = await summaryPdfEmitter.emit(context('zh-CN')).catch((e: unknown) => e);
    expect((error as Error).message).toContain('（一二三四五六七八九十百千…）');
  });
});
