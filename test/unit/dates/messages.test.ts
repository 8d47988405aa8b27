import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { dateCommand } from '../../../src/cli/commands/date.js';
import { loadHolidayFile } from '../../../src/dates/holidays/holiday-data.js';
import { resolveDate } from '../../../src/dates/resolve-date.js';
import type { DateContext, DateNote } from '../../../src/dates/types.js';
import { memoryIo } from '../../helpers/memory-io.js';

const CJK = /[\u4e00-\u9fff]/;
const Y2018: DateContext = { year: 2018 };

/** The note or error an expression raises, in one language. */
function remark(expr: string, ctx: DateContext, language: 'en' | 'zh'): DateNote {
  const outcome = resolveDate(expr, { ...ctx, language });
  const found = outcome.ok ? outcome.notes[0] : outcome.error;
  if (!found) throw new Error(`${expr}: no remark`);
  return found;
}

// One expression for each thing src/dates can say, with the key it must be said by.
const CASES: readonly [string, DateContext, string][] = [
  ['7月初', Y2018, 'dates.fuzzy.convention'],
  ['6月中前', Y2018, 'dates.fuzzy.convention-due'],
  ['4月底至5月中旬', Y2018, 'dates.fuzzy.range-start.month-end'],
  ['从5月初起到6月25日', Y2018, 'dates.fuzzy.range-start.month-part'],
  ['春节前后', Y2018, 'dates.fuzzy.festival-approx'],
  ['国庆节后一周内', Y2018, 'dates.fuzzy.after-festival'],
  ['每周一', { year: 2018, planStart: '2018-10-01', planEnd: '2018-10-07' }, 'dates.fuzzy.holiday-on-weekday.one'],
  ['每周一', Y2018, 'dates.fuzzy.holiday-on-weekday.other'],
  ['6月前', Y2018, 'dates.ambiguous-before'],
  ['12月7日—2月8日', Y2018, 'dates.year-rollover'],
  ['20xx年12月28日', Y2018, 'dates.placeholder-year'],
  ['2月14日(周六)', Y2018, 'dates.weekday-mismatch'],
  ['4月15前', Y2018, 'dates.typo.day-mark'],
  ['3月28日-4月15前', Y2018, 'dates.typo.day-mark-before'],
  ['立行立改', Y2018, 'dates.immediate'],
  ['12月上询', Y2018, 'dates.unexpected'],
  ['5至6', Y2018, 'dates.expected-date.at'],
  ['5月至', Y2018, 'dates.expected-date.at-end'],
  ['第', Y2018, 'dates.expected-quarter'],
  ['916―25日', { year: 2019, reference: '2019-12-01' }, 'dates.bare-number.range-start'],
  ['国庆节至10月', Y2018, 'dates.range.needs-calendar-dates'],
  ['1-2个月', Y2018, 'dates.length-not-date'],
  ['12.18', Y2018, 'dates.dotted-month-day'],
  ['by the end of vitest', Y2018, 'dates.english.unexpected'],
  ['每', Y2018, 'dates.recurrence.expected-period'],
  ['2005.13', Y2018, 'dates.no-such-month'],
  ['第五季度', Y2018, 'dates.no-such-quarter'],
  ['2月30日', Y2018, 'dates.no-such-day'],
  ['2018-02-30', Y2018, 'dates.not-a-calendar-date'],
  ['5月16日25:00', Y2018, 'dates.not-a-time'],
  ['即日起至2019年6月30日', { year: 2035, anchor: '2035-01-10' }, 'dates.range.ends-before-start'],
  ['9月16―5日', Y2018, 'dates.range.end-day-before-start'],
  ['0日内', { year: 2018, anchor: '2018-03-01' }, 'dates.period.not-positive'],
  ['每季度最后一个月的0日前', Y2018, 'dates.recurrence.no-such-day-in-month'],
  ['每年13月1日', Y2018, 'dates.recurrence.no-such-month'],
  ['每年2月30日', Y2018, 'dates.recurrence.no-such-day'],
  ['从现在开始到3月25日前', Y2018, 'dates.needs-anchor.today'],
  ['5个工作日内', Y2018, 'dates.needs-anchor.period'],
  ['节前', Y2018, 'dates.needs-anchor.festival'],
  ['14日上午', Y2018, 'dates.needs-reference'],
  ['两会期间', Y2018, 'dates.needs-dates'],
  ['国庆节前', { year: 2035 }, 'dates.holiday-data-missing.year'],
  ['', Y2018, 'dates.empty'],
  ['x'.repeat(300), Y2018, 'dates.too-long'],
];

describe('date remarks, worded from the catalogue in the chosen language', () => {
  it.each(CASES)('%s: the same remark in English and Chinese', (expr, ctx, key) => {
    const en = remark(expr, ctx, 'en');
    const zh = remark(expr, ctx, 'zh');
    expect(en.key).toBe(key);
    // Only the words change with the language: code, key, place and facts stay.
    const { message: enMessage, ...enFacts } = en;
    const { message: zhMessage, ...zhFacts } = zh;
    expect(zhFacts).toEqual(enFacts);
    expect(enMessage).not.toMatch(/\{\{/);
    expect(zhMessage).not.toMatch(/\{\{/);
    expect(zhMessage).toMatch(CJK);
    expect(zhMessage).not.toBe(enMessage);
    // Every fact the English names (a date, a year, the text) the Chinese names too.
    for (const value of Object.values(en.data ?? {})) {
      if (String(value).length > 0 && enMessage.includes(String(value))) expect(zhMessage, `${key}: ${value}`).toContain(String(value));
    }
  });

  it('keeps the English sentences as they were', () => {
    expect(remark('7月初', Y2018, 'en').message).toBe('Read by convention as 2018-07-01…2018-07-10.');
    expect(remark('12月7日—2月8日', Y2018, 'en').message).toBe('The range ends in an earlier month than it starts, so the end is read as 2019.');
    expect(remark('14日上午', Y2018, 'en').message).toBe("'14日' has no month; write the month too, e.g. 5月14日.");
    expect(remark('5月至', Y2018, 'en').message).toBe('Expected a date (such as 5月, 5月20日, 10月上旬, 第三季度 or 年底) at the end of the expression.');
    expect(remark('每周一', { year: 2018, planStart: '2018-10-01', planEnd: '2018-10-07' }, 'en').message).toBe(
      'One occurrence falls on a public holiday: 2018-10-01 (国庆节); decide whether to hold, move or skip it.',
    );
  });

  it('says in Chinese what was assumed, not only that something was', () => {
    expect(remark('7月初', Y2018, 'zh').message).toBe('按惯例理解为 2018-07-01 至 2018-07-10。');
    expect(remark('12月7日—2月8日', Y2018, 'zh').message).toContain('2019 年');
    expect(remark('6月前', Y2018, 'zh').message).toContain('2018-05-31');
    expect(remark('20xx年12月28日', Y2018, 'zh').message).toContain('2018 年');
  });

  it('names the actual weekday in the language of the message', () => {
    expect(remark('2月14日(周六)', Y2018, 'en').message).toBe('The weekday written (周六) does not match the date: 2018-02-14 is a Wednesday.');
    expect(remark('2月14日(周六)', Y2018, 'zh').message).toBe('写的星期(周六)与日期不符:2018-02-14 是周三。');
  });

  it('words the remarks of a compiled plan in the plan’s language, with the nearest forms', () => {
    const text = (locale: string) =>
      `plan: { id: p, title: 方案, year: 2018, locale: ${locale} }\nunits:\n  xuanchuan: 宣传条线\nphases:\n  - id: p1\n    title: 阶段\n    when: 7月初\n    tasks:\n      - id: t1\n        title: 任务\n        lead: 宣传条线\n        due: 5月中询\n`;
    const zh = compile({ path: 'p.yaml', text: text('zh-CN') });
    const en = compile({ path: 'p.yaml', text: text('en') });
    const fuzzy = (r: typeof zh) => r.diagnostics.find((d) => d.code === 'date-fuzzy')?.message;
    const wrong = (r: typeof zh) => r.diagnostics.find((d) => d.code === 'date-unparseable')?.message;
    expect(fuzzy(zh)).toBe('按惯例理解为 2018-07-01 至 2018-07-10。');
    expect(fuzzy(en)).toBe('Read by convention as 2018-07-01…2018-07-10.');
    expect(wrong(zh)).toMatch(/^日期中有无法识别的“询”。您是否指“5月中旬”/);
    expect(wrong(en)).toMatch(/^Unexpected '询' in a date expression\. Did you mean '5月中旬'/);
  });
});

describe('holiday files of the wrong shape', () => {
  it('says what is wrong in the chosen language', () => {
    expect(() => loadHolidayFile('{"holidays": {"2019-02-30": "x"}, "workdays": {}}')).toThrow('Holiday file: "holidays" has "2019-02-30", which is not a valid YYYY-MM-DD date.');
    expect(() => loadHolidayFile('{"holidays": {"2019-02-30": "x"}, "workdays": {}}', 'zh')).toThrow('节假日文件:“holidays”中的“2019-02-30”不是有效的 YYYY-MM-DD 日期。');
    expect(() => loadHolidayFile('[]', 'zh')).toThrow(/^节假日文件应为 JSON 对象/);
  });
});

describe('plan date', () => {
  const run = (expr: string, options: Parameters<typeof dateCommand>[1], env: Record<string, string> = {}) => {
    const io = memoryIo(process.cwd(), { env });
    const code = dateCommand(expr, options, io);
    return { code, out: io.out() };
  };

  it('prints in English by default, as before', () => {
    expect(run('10月至12月上旬', { year: '2018' }).out).toBe('window  2018-10-01 … 2018-12-10\n');
    expect(run('7月初', { year: '2018' }).out).toBe('window  2018-07-01 … 2018-07-10\nnote: Read by convention as 2018-07-01…2018-07-10. [date-fuzzy]\n');
  });

  it('prints in Chinese with --lang zh or a Chinese LANG, codes unchanged', () => {
    const zh = run('7月初', { year: '2018', lang: 'zh' }).out;
    expect(zh).toBe('时间段  2018-07-01 至 2018-07-10\n提示:按惯例理解为 2018-07-01 至 2018-07-10。 [date-fuzzy]\n');
    expect(run('7月初', { year: '2018' }, { LANG: 'zh_CN.UTF-8' }).out).toBe(zh);
    const wrong = run('2月30日', { year: '2018', lang: 'zh' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('错误:2018年2月没有30日。');
    expect(wrong.out).toMatch(/^可用的写法:.+、/m);
  });

  it('keeps the JSON shape: notes carry code, message, place and facts, not the catalogue key', () => {
    const out = JSON.parse(run('两会期间', { year: '2018', json: true, lang: 'zh' }).out) as { error: { code: string; message: string } };
    expect(out.error.code).toBe('date-needs-dates');
    expect(out.error.message).toMatch(/^“两会”没有固定日期/);
    expect(Object.keys(out.error)).toEqual(['code', 'message', 'offset', 'length', 'suggestions']);
  });
});
