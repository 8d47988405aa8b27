import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const CJK = /[\u3400-\u9fff]/;

describe('plan rules', () => {
  it('describes the rules and the pipeline’s own codes in English by default', async () => {
    const io = memoryIo(process.cwd());
    expect(await run(['rules'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^phase-not-empty +warning +structure +Every phase holds at least one task\.$/m);
    expect(out).toMatch(/^yaml-syntax +error +The file is not well-formed YAML\.$/m);
  });

  it('speaks Chinese throughout under --lang zh, ids, severities and categories unchanged', async () => {
    const io = memoryIo(process.cwd());
    expect(await run(['rules', '--lang', 'zh'], io)).toBe(0);
    const lines = io.out().split('\n').filter((line) => line !== '');
    expect(io.out()).toMatch(/^phase-not-empty +warning +structure +每个阶段至少包含一项任务。$/m);
    expect(io.out()).toMatch(/^yaml-syntax +error +文件不是格式正确的 YAML。$/m);
    // Every description (the text after the last two-space gap) and the heading is Chinese.
    for (const line of lines) expect(line.split('  ').at(-1), line).toMatch(CJK);
  });

  it('follows LANG when no --lang is given', async () => {
    const io = memoryIo(process.cwd(), { env: { LANG: 'zh_CN.UTF-8' } });
    expect(await run(['rules'], io)).toBe(0);
    expect(io.out()).toContain('每个阶段至少包含一项任务。');
  });
});
