import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../src/diagnostics/interpolate.js';
import { compileLabel, fillLabel } from '../../../src/emit/fill-label.js';
import { icsLabels } from '../../../src/emit/ics/labels.js';
import { labelsFor } from '../../../src/emit/labels.js';
import { monthLabel, readableDate } from '../../../src/emit/summary/format.js';
import { labels as enWords } from '../../../src/i18n/catalogue/en/labels.js';
import { labels as zhWords } from '../../../src/i18n/catalogue/zh/labels.js';

describe('compiled labels', () => {
  it('fill exactly as interpolate does, an unknown placeholder left visible', () => {
    const data = { n: 3, unit: '宣传条线', title: '{{n}}' };
    for (const label of ['共 {{n}} 次', '{{unit}}任务清单', '{{ n }}/{{n}}{{n}}', 'no placeholder', '{{missing}} and {{n}}', '{{title}}: {{n}}', '']) {
      expect(compileLabel(label)(data), label).toBe(interpolate(label, data));
    }
    expect(fillLabel('剩 {{n}} 天', { n: 4 })).toBe('剩 4 天');
  });
});

describe('the summary and unit-list label table', () => {
  it('holds every labels.summary.* word of the catalogue under its camel-cased name, in each locale', () => {
    for (const [locale, words] of [['zh-CN', zhWords], ['en', enWords]] as const) {
      const table = labelsFor(locale) as unknown as Record<string, string>;
      const expected: Record<string, string> = { lang: locale };
      for (const [key, text] of Object.entries(words)) {
        if (key.startsWith('labels.summary.')) expected[key.slice('labels.summary.'.length).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = text;
      }
      expect(table).toEqual(expected);
      expect(table['timelineOmitted']).toContain('{{n}}');
    }
  });
});

describe('dates for people', () => {
  it('leave out the plan year and name the month in the plan language', () => {
    expect(readableDate('2018-05-31', 'zh-CN', 2018)).toBe('5月31日');
    expect(readableDate('2019-01-05', 'zh-CN', 2018)).toBe('2019年1月5日');
    expect(readableDate('2018-05-31', 'en', 2018)).toBe('31 May');
    expect(readableDate('2019-01-05', 'en', 2018)).toBe('5 Jan 2019');
    expect([monthLabel(12, 'zh-CN'), monthLabel(12, 'en')]).toEqual(['12月', 'Dec']);
  });
});

describe('calendar words', () => {
  it('fill counts, titles and names in each language', () => {
    const zh = icsLabels('zh-CN');
    expect([zh.sessions(3), zh.sessionsUndated(3), zh.calendarEmpty('宣传条线')]).toEqual(['（共3期）', '共3期，具体日期待定', '宣传条线在本方案中没有牵头或配合的任务；订阅后如方案修订将自动更新。']);
    expect(zh.calendarAll('方案', 12, 2)).toBe('方案：全部任务与日程（12项，第2版）');
    expect(zh.calendarUnits('宣传条线、党政条线', 5, 1)).toBe('宣传条线、党政条线牵头或配合的任务与日程（5项，第1版）');
    const en = icsLabels('en');
    expect([en.sessions(3), en.sessionsUndated(3), en.calendarEmpty('Publicity')]).toEqual([' (3 sessions)', '3 sessions, dates to be set', 'Publicity leads or supports no task in this plan; a subscription updates when the plan is revised.']);
    expect(en.calendarUnits('Publicity', 5, 1)).toBe('Tasks and events led or supported by Publicity (5 items, revision 1)');
    expect(en.source).toEqual({ when: 'When', due: 'Due', at: 'At', repeat: 'Repeats', sessions: 'Sessions' });
  });
});
