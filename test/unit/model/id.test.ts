import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IdPool } from '../../../src/import/ids.js';
import { ID_PATTERN, isId } from '../../../src/model/id.js';

describe('the id form', () => {
  it('is the schema’s, written once in code', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/plan.schema.json', import.meta.url), 'utf8')) as { $defs: { id: { pattern: string } } };
    expect(ID_PATTERN.source).toBe(schema.$defs.id.pattern);
  });

  it.each([
    ['xietang-2018', true],
    ['2018.v2_final', true],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
    ['-leading-dash', false],
    ['has space', false],
    ['中文', false],
    ['', false],
  ])('%s: %s', (text, ok) => {
    expect(isId(text)).toBe(ok);
  });

  it('is what plan import hands out, whatever it is given', () => {
    const pool = new IdPool();
    for (const wanted of ['', '---', '中文', 'a b/c', 'x'.repeat(80), 'ok', 'ok']) expect(isId(pool.take(wanted, 'task'))).toBe(true);
  });
});
