import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.') && !f.startsWith('.plan-')).sort();

describe('plan build --outputs', () => {
  it('writes only the outputs named, opt-in ones (the Word documents) included', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-outputs-')), 'out');
    const io = memoryIo(root);
    expect(await run(['build', 'plans/xietang-2018.yaml', '--outputs', 'summary-docx,plan-json', '-o', out], io)).toBe(0);
    expect(files(out)).toEqual(['plan.json', 'summary.docx']);
  });

  it('without --docx writes no Word document; with it, every one', async () => {
    const plain = join(mkdtempSync(join(tmpdir(), 'plan-outputs-')), 'out');
    expect(await run(['build', 'plans/xietang-2018.yaml', '-o', plain], memoryIo(root))).toBe(0);
    expect(files(plain).filter((f) => f.endsWith('.docx'))).toEqual([]);
    const word = join(mkdtempSync(join(tmpdir(), 'plan-outputs-')), 'out');
    expect(await run(['build', 'plans/xietang-2018.yaml', '--docx', '-o', word], memoryIo(root))).toBe(0);
    expect(files(word).filter((f) => f.endsWith('.docx'))).toEqual(['summary.docx', 'units/dangzheng.docx', 'units/dangzuzhi.docx', 'units/jijian.docx', 'units/xuanchuan.docx', 'units/zuzhi.docx']);
  });

  it('refuses an unknown output before any work, naming the ones there are, in the user’s language', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-outputs-')), 'out');
    const io = memoryIo(root, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(await run(['build', 'plans/xietang-2018.yaml', '--outputs', 'summary-doc', '-o', out], io)).toBe(2);
    expect(io.err()).toContain('无法识别:“summary-doc”');
    expect(io.err()).toContain('summary-docx');
    expect(() => readdirSync(out)).toThrow();
  });
});
