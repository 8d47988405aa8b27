import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importer as enWords } from '../../../src/i18n/catalogue/en/import.js';
import { importer as zhWords } from '../../../src/i18n/catalogue/zh/import.js';
import type { Language } from '../../../src/i18n/language.js';
import { importPlanText, type DraftPlan } from '../../../src/import/index.js';
import { unsettledMark } from '../../../src/model/mark-unsettled.js';

const UNSETTLED_MARK = unsettledMark('zh-CN');
import { readDocument } from '../../../src/import/read/index.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const catalogues: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: enWords, zh: zhWords };

/** Every todo of a draft, in document order: the plan's, then each phase's and its tasks', then the measures'. */
function todosOf(draft: DraftPlan): string[] {
  return [...draft.todos, ...draft.phases.flatMap((p) => [...p.todos, ...p.tasks.flatMap((t) => t.todos)]), ...draft.measures.flatMap((m) => m.todos)];
}

interface Reading {
  readonly key: string;
  /** The todo with the placeholders' values taken out: only the catalogue's own words. */
  readonly words: string;
}

/**
 * Which catalogue sentence a todo is, its placeholders filled with anything; undefined when it is
 * none of them. When two fit, the one with more words of its own (phaseEmptyAddTasks over phaseEmpty
 * cannot both fit, anchored; the rule is for safety).
 */
function readTodo(todo: string, language: Language): Reading | undefined {
  let best: Reading | undefined;
  for (const [key, template] of Object.entries(catalogues[language])) {
    if (!key.startsWith('import.todo.')) continue;
    const parts = template.split(/\{\{\w+\}\}/);
    const pattern = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]+?')}$`);
    const words = parts.join('');
    if (pattern.test(todo) && (!best || words.length > best.words.length)) best = { key, words };
  }
  return best;
}

const corpusDir = new URL('../../fixtures/import/', import.meta.url).pathname;

function importFixture(name: string, language: Language, year?: number): DraftPlan {
  const source = readdirSync(join(corpusDir, name)).find((f) => f.startsWith('source.')) as string;
  const blocks = readDocument(readFileSync(join(corpusDir, name, source)), source);
  return importPlanText(blocks, { ...(year !== undefined ? { year } : {}), language, schema: 's', source }).draft;
}

describe('the todos import writes come from the catalogue, in the language asked for', () => {
  it('has no Chinese in the English sentences (only quoted document text may be)', () => {
    expect(Object.entries(enWords).filter(([, text]) => CJK.test(text.replace(/\{\{\w+\}\}/g, '')))).toEqual([]);
  });

  // A 2009 plan whose year is read from its text, with phases, subjects as leads, extra deadlines
  // and a date the compiler refuses; a plan with no title, imported with another year than its own.
  it.each([
    ['27-shi-2009-huanbao-zhuanxiang', undefined, 5],
    ['10-sanshui-2007-renwu-fenjie-txt', 2031, 5],
  ] as const)('%s: each todo is a catalogue sentence, the same one in Chinese and English', (name, year, kinds) => {
    const zh = todosOf(importFixture(name, 'zh', year));
    const en = todosOf(importFixture(name, 'en', year));
    const zhRead = zh.map((todo) => readTodo(todo, 'zh'));
    const enRead = en.map((todo) => readTodo(todo, 'en'));
    expect(zh.filter((_, i) => zhRead[i] === undefined), 'Chinese todos that are no catalogue sentence').toEqual([]);
    expect(en.filter((_, i) => enRead[i] === undefined), 'English todos that are no catalogue sentence').toEqual([]);
    // Todo for todo, the same point in both languages.
    expect(enRead.map((r) => r?.key)).toEqual(zhRead.map((r) => r?.key));
    expect(new Set(zhRead.map((r) => r?.key)).size).toBeGreaterThanOrEqual(kinds);
    // The document's words are quoted as written: the Chinese in an English todo is all inside the placeholders.
    expect(enRead.filter((r) => r && CJK.test(r.words))).toEqual([]);
  });

  it('writes the stand-ins and the header comment in the language asked for', () => {
    const write = (language: Language) => importPlanText('一、加强宣传。\n二、开展检查,8月底前完成。', { year: 2020, language, schema: 's', source: 'notice.txt' });
    const zh = write('zh');
    const en = write('en');
    expect(zh.draft.plan.title).toBe(zhWords['import.title.missing']);
    expect(en.draft.plan.title).toBe(enWords['import.title.missing']);
    expect(en.draft.units.map((u) => u.name)).toEqual([enWords['import.lead.placeholder']]);
    expect(zh.draft.units.map((u) => u.name)).toEqual([zhWords['import.lead.placeholder']]);
    // The same document gets the same ids whichever language its todos are in.
    expect(en.draft.plan.id).toBe(zh.draft.plan.id);
    expect(en.draft.units.map((u) => u.id)).toEqual(['tbd']);
    // The English header names the mark plan build shows (Chinese, as the plan's outputs are) and nothing else Chinese.
    const header = en.yaml.slice(0, en.yaml.indexOf('\nplan:'));
    expect(header).toContain(UNSETTLED_MARK);
    expect(CJK.test(header.replace(UNSETTLED_MARK, ''))).toBe(false);
    expect(zh.yaml).toContain('# 由 `plan import` 从 notice.txt 导入。');
  });
});
