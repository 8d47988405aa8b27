import { describe, expect, it } from 'vitest';
import { areas as enAreas, englishWords } from '../../../src/i18n/catalogue/en.js';
import { areas as zhAreas, chineseWords } from '../../../src/i18n/catalogue/zh.js';

const en = englishWords();
const zh = chineseWords();
import { quotedList, t, where } from '../../../src/i18n/messages.js';

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]));

describe('message catalogues', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses in Chinese only placeholders the English message is given', () => {
    for (const [key, text] of Object.entries(zh)) {
      const known = placeholders(en[key as keyof typeof en]);
      for (const name of placeholders(text)) expect(known.has(name), `${key}: {{${name}}}`).toBe(true);
    }
  });

  it('fills placeholders and quotes in each language’s style', () => {
    expect(t('zh', 'unknown-unit.suggest', { unit: '宣专条线', names: quotedList('zh', ['宣传条线']) })).toBe('未知单位“宣专条线”。您是否指“宣传条线”?');
    expect(t('en', 'unknown-unit.suggest', { unit: 'x', names: quotedList('en', ['a', 'b']) })).toBe("Unknown unit 'x'. Did you mean 'a' or 'b'?");
  });

  it('says where in the plan the way the document reads', () => {
    expect(where('en', ['phases', 1, 'tasks', 3, 'due'])).toBe('phases.1.tasks.3.due');
    expect(where('zh', ['phases', 1, 'tasks', 3, 'due'])).toBe('第2阶段第4项任务的“due”');
    expect(where('zh', ['measures', 0, 'lead', 1])).toBe('第1项保障措施的“lead”第2项');
    expect(where('zh', ['plan'])).toBe('“plan”');
    expect(where('zh', [])).toBe('文档顶层');
  });
});

describe('catalogue areas', () => {
  it('never gives two areas the same key, and each area keeps to its prefix', () => {
    for (const language of [enAreas, zhAreas]) {
      const seen = new Map<string, string>();
      for (const [area, words] of Object.entries(language)) {
        for (const key of Object.keys(words)) {
          expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, area);
          if (area !== 'pipeline') expect(key.startsWith(`${area === 'importer' ? 'import' : area}.`), `${area}: ${key}`).toBe(true);
        }
      }
    }
  });

  it('gives every Chinese message the placeholders of its English one (a dropped name loses a fact)', () => {
    // Left out of the Chinese on purpose: ajv's English detail, a JavaScript type name.
    const leftOut: Readonly<Record<string, readonly string[]>> = {
      'schema-format': ['detail'],
      'schema-invalid': ['detail'],
      'value.other': ['type'],
    };
    const dropped = Object.entries(zh).flatMap(([key, text]) => {
      const inZh = placeholders(text);
      return [...placeholders(en[key as keyof typeof en])].filter((name) => !inZh.has(name) && !leftOut[key]?.includes(name!)).map((name) => `${key}: {{${name}}}`);
    });
    expect(dropped).toEqual([]);
  });
});
