import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { schemaRef } from '../../../src/cli/commands/init.js';
import { declareInit } from '../../../src/cli/declare/init.js';
import { formatPlan } from '../../../src/fmt/format.js';
import { paths } from '../../../src/paths.js';
import { runCommand } from './helpers.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'plan-init-'));

describe('plan init', () => {
  for (const year of [2018, 2021, 2025]) {
    it(`writes a starter plan for ${year} that lints clean`, async () => {
      const dir = scratch();
      const r = await runCommand(declareInit, ['init', 'xietang-2019.yaml', '--title', '斜塘街道某某活动实施方案', '--year', String(year)], dir);
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, 'xietang-2019.yaml'), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+plan\.schema\.json$/);
      const result = compile({ path: 'xietang-2019.yaml', text });
      expect(result.diagnostics).toEqual([]);
      expect(result.plan!.id).toBe('xietang-2019');
      expect(result.plan!.title).toBe('斜塘街道某某活动实施方案');
      expect(result.plan!.year).toBe(year);
    });
  }

  it('points the schema line at a file the editor can open from the plan’s folder', async () => {
    const dir = scratch();
    await runCommand(declareInit, ['init', '--year', '2020'], dir);
    const ref = readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n')[0]!.split('$schema=')[1]!;
    expect(readFileSync(join(dir, ref), 'utf8')).toBe(readFileSync(paths.planSchema, 'utf8'));
  });

  it('prefers the copy in the project’s node_modules, from any subfolder', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'node_modules/plan-compiler/schemas'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/plan-compiler/schemas/plan.schema.json'), '{}');
    expect(schemaRef(join(dir, 'plan.yaml'))).toBe('./node_modules/plan-compiler/schemas/plan.schema.json');
    expect(schemaRef(join(dir, 'plans/2019/plan.yaml'))).toBe('../../node_modules/plan-compiler/schemas/plan.schema.json');
  });

  it('never replaces an existing file without --force', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'plan.yaml'), 'mine\n');
    const r = await runCommand(declareInit, ['init', '--year', '2020'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('already exists');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('mine\n');
    expect((await runCommand(declareInit, ['init', '--year', '2020', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).not.toBe('mine\n');
  });

  it('quotes a title YAML would misread, and refuses a bad year or id', async () => {
    const dir = scratch();
    await runCommand(declareInit, ['init', 'a.yaml', '--year', '2020', '--title', 'Plan: phase #1'], dir);
    expect(compile({ path: 'a.yaml', text: readFileSync(join(dir, 'a.yaml'), 'utf8') }).plan!.title).toBe('Plan: phase #1');
    expect((await runCommand(declareInit, ['init', 'b.yaml', '--year', '20x'], dir)).code).toBe(2);
    expect((await runCommand(declareInit, ['init', 'c.yaml', '--year', '2020', '--id', '中文'], dir)).code).toBe(2);
  });

  it('takes the --schema given, and its output is already in the canonical layout', async () => {
    const dir = scratch();
    await runCommand(declareInit, ['init', '--year', '2020', '--schema', 'https://example.org/plan.schema.json'], dir);
    const text = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/plan.schema.json');
    expect(formatPlan(text).changed).toBe(false);
  });
});
