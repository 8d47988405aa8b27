import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import type { Language } from '../../../src/i18n/language.js';
import { load } from '../../../src/load/load.js';
import { paths } from '../../../src/paths.js';
import { resolve } from '../../../src/resolve/resolve.js';
import type { RawPlan } from '../../../src/validate/raw-plan.js';
import { checkFileNames } from '../../../src/validate/file-names.js';
import { schemaErrorsToDiagnostics } from '../../../src/validate/schema-errors.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const validator = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(JSON.parse(readFileSync(paths.planSchema, 'utf8')) as object);

/** load → validate → resolve in one language, as compile will once it passes the language on. */
function stages(text: string, language: Language): Diagnostic[] {
  const loaded = load({ path: 'p.yaml', text }, undefined, language);
  if (!loaded.value) return [...loaded.diagnostics];
  if (!validator(loaded.value.data)) return schemaErrorsToDiagnostics(validator.errors ?? [], language);
  return [...loaded.diagnostics, ...resolve(loaded.value.data as RawPlan, { file: 'p.yaml', language }).diagnostics];
}

const head = 'plan: { id: p, title: 方案, year: 2018 }\nunits:\n  xuanchuan: 宣传条线\n';
const task = (body: string) => `${head}phases:\n  - id: p1\n    title: 阶段\n    when: 5月\n    tasks:\n      - id: t1\n        title: 任务\n${body}`;
const CJK = /[\u4e00-\u9fff]/;

describe('stage messages in Chinese', () => {
  it('refuses a unit id Windows reserves, naming the files it could not create', () => {
    const plan = { units: { CON: '党政条线' } } as unknown as RawPlan;
    expect(checkFileNames(plan, 'zh').map((d) => d.message)).toEqual(['单位编号“CON”是 Windows 保留的设备名,它的文件(units/CON.md、calendars/CON.ics)在 Windows 上无法创建:请换一个编号。']);
    expect(checkFileNames(plan, 'en')[0]!.message).toBe("The unit id 'CON' is a reserved device name on Windows, so its files (units/CON.md, calendars/CON.ics) cannot be created there: choose another id.");
  });

  it('names an unknown unit and the nearest declared one', () => {
    const [d] = stages(task('        lead: 宣专条线\n'), 'zh');
    expect(d!.code).toBe('unknown-unit');
    expect(d!.message).toBe('未知单位“宣专条线”。您是否指“宣传条线”?');
  });

  it('explains a duplicate id and a missing year', () => {
    const dup = stages(task('        lead: 宣传条线\n      - id: t1\n        title: 又一个\n        lead: 宣传条线\n'), 'zh');
    expect(dup.map((d) => d.code)).toEqual(['duplicate-id']);
    expect(dup[0]!.message).toContain('编号“t1”已被另一个阶段、任务或保障措施使用');
    expect(dup[0]!.related![0]!.message).toBe('首次使用于此');
    expect(stages(task('        lead: 宣传条线\n').replace(', year: 2018', ''), 'zh')[0]!.message).toContain('方案没有年份');
  });

  it('quotes the unreadable part of a date and keeps the nearest forms', () => {
    const [d] = stages(task('        lead: 宣传条线\n        due: 5月中询\n'), 'zh');
    expect(d!.code).toBe('date-unparseable');
    expect(d!.message).toMatch(/^日期中有无法识别的“询”。/);
    if (d!.suggestions?.length) expect(d!.message).toContain('您是否指');
  });

  it('translates schema errors, naming the place as the document does', () => {
    const unknown = stages(task('        titel: 任务二\n        lead: 宣传条线\n'), 'zh');
    expect(unknown.map((d) => d.code)).toEqual(['schema-unknown-key']);
    expect(unknown[0]!.message).toBe('第1阶段第1项任务中有未知的键“titel”。您是否指“title”?自定义的键须以“x-”开头。');
    const type = stages(`${head}phases: 3\n`, 'zh');
    expect(type[0]!.message).toBe('“phases”应为列表,实际是3。');
  });

  it('translates load errors', () => {
    expect(stages('plan: {\n', 'zh')[0]!.message).toMatch(/^YAML 格式错误:/);
    expect(stages('a\u0000b', 'zh')[0]!.message).toContain('NUL 字节');
  });
});

describe('every broken draft gives the same codes, paths and ranges in both languages', () => {
  const dir = new URL('../../fixtures/invalid/', import.meta.url);
  for (const name of readdirSync(dir)) {
    it(name, () => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const strip = (d: Diagnostic) => ({ ...d, message: '', related: d.related?.map((r) => ({ ...r, message: '' })) });
      const en = stages(text, 'en');
      const zh = stages(text, 'zh');
      expect(zh.map(strip)).toEqual(en.map(strip));
      // Chinese messages are Chinese (YAML's own detail may stay English inside them).
      for (const d of zh) expect(d.message, d.code).toMatch(CJK);
    });
  }
});
