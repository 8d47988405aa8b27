import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const xietang = readFileSync(new URL('../../plans/xietang-2018.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'plan-props-'));

/** Lints `text` in process; every outcome must be 0 or 1 with diagnostics inside the file. */
async function lintText(text: string): Promise<void> {
  writeFileSync(join(dir, 'plan.yaml'), text);
  const io = memoryIo(dir);
  const code = await run(['lint', '--format', 'json', 'plan.yaml'], io);
  expect(io.err()).toBe('');
  expect([0, 1]).toContain(code);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const d of JSON.parse(io.out() || '[]') as { line: number; column: number; endLine: number; severity: string }[]) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual([...(lines[d.line - 1] ?? '')].length + 1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
  }
  if (code === 1) expect(JSON.parse(io.out()).some((d: { severity: string }) => d.severity === 'error')).toBe(true);
}

// Characters that break YAML, dates and unit lists in interesting ways.
const alphabet = fc.constantFrom(...[':', '-', ' ', '\n', '\t', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '\0', '\r', '月', '日', '至', '前', '、', '条', '线', '年', '旬', '1', '2', '9', '0', 'a', 'x', '\uFEFF', '😀']);

describe('the CLI never crashes on random input (fast-check)', () => {
  it('random mutations of the Xietang plan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(xietang.length), cut: fc.nat(8), insert: fc.array(alphabet, { maxLength: 6 }).map((a) => a.join('')) }), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          let text = xietang;
          for (const e of edits) {
            const at = Math.min(e.at, text.length);
            text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
          }
          await lintText(text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('random documents', async () => {
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('5月', '6月至10月', '12月20日前后', '党政、宣传条线', 'a', '2018-02-30'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'title', 'lead', 'when', 'due', 'at', 'tasks', 'units', 'plan', 'phases', 'x-y', 'sessions', 'events'), tie('node'), { maxKeys: 4 })),
    })).node;
    const planLike = fc.record({
      plan: fc.oneof(value, fc.record({ id: fc.constantFrom('p', 'a/b', ''), title: scalar, year: fc.oneof(fc.integer({ min: 1800, max: 2300 }), scalar) })),
      units: fc.oneof(value, fc.dictionary(fc.constantFrom('a', 'b', 'CON', 'x y'), scalar, { maxKeys: 3 })),
      phases: fc.oneof(value, fc.array(fc.record({ id: fc.constantFrom('p', 'q', 'p'), title: scalar, when: scalar, tasks: fc.array(fc.record({ id: fc.constantFrom('t', 'u', 't'), title: scalar, lead: scalar, due: scalar, at: scalar }), { maxLength: 3 }) }), { maxLength: 3 })),
    });
    await fc.assert(
      fc.asyncProperty(planLike, async (doc) => {
        const { stringify } = await import('yaml');
        await lintText(stringify(doc));
      }),
      { numRuns: 80 },
    );
  });
});
