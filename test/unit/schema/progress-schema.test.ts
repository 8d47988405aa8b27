import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/paths.js';
import { itFollowsTheSchemaConventions } from './schema-conventions.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const schema = JSON.parse(readFileSync(paths.progressSchema, 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('schemas/progress.schema.json', () => {
  it('is JSON Schema 2020-12 with a versioned $id of its own', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/plan-compiler\.dev\/schemas\/progress\/v\d+\.json$/);
  });

  itFollowsTheSchemaConventions(schema);

  it('takes the states in Chinese or English, and nothing else', () => {
    const entry = (state: string) => ({ plan: 'p', entries: [{ task: 't', date: '2018-09-30', state }] });
    for (const state of ['未启动', '推进中', '已完成', '滞后', '暂缓', '取消', 'done', 'cancelled']) expect(validate(entry(state)), state).toBe(true);
    for (const state of ['完成', 'finished', '']) expect(validate(entry(state)), state).toBe(false);
  });

  it('refuses a percent past 100, a date in another form and an unknown key', () => {
    const base = { task: 't', date: '2018-09-30', state: '推进中' };
    expect(validate({ plan: 'p', entries: [{ ...base, percent: 120 }] })).toBe(false);
    expect(validate({ plan: 'p', entries: [{ ...base, date: '2018/9/30' }] })).toBe(false);
    expect(validate({ plan: 'p', entries: [{ ...base, remark: '…' }] })).toBe(false);
    expect(validate({ plan: 'p', entries: [{ ...base, 'x-owner': '张三' }] })).toBe(true);
  });
});

describe('plans/xietang-2018.progress/', () => {
  const folder = join(paths.packageRoot, 'plans/xietang-2018.progress');
  for (const name of readdirSync(folder)) {
    const text = readFileSync(join(folder, name), 'utf8');
    it(`${name} names the schema on its first line and is valid against it`, () => {
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/progress.schema.json');
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    });
  }
});
