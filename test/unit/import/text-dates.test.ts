import fc from 'fast-check';
import { vectorContext, windowVectors } from '../../helpers/date-vectors.js';
import { describe, expect, it } from 'vitest';
import type { DateContext } from '../../../src/dates/types.js';
import { findDates, readDocumentDate, yearsMentioned } from '../../../src/import/text-dates.js';

const Y2019: DateContext = { year: 2019 };

/** `text @offset kind start..end` for each mention, offsets into the text as given. */
function mentions(text: string, ctx: DateContext = Y2019): string[] {
  return findDates(text, ctx).map((m) => `${m.text} @${m.offset} ${m.kind} ${m.start}..${m.end}`);
}

/** Full-width digits, ASCII punctuation and brackets, as typed with a Chinese input method. */
function fullWidth(text: string): string {
  return text.replace(/[0-9\-~().,:;]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

describe('findDates: dates anywhere in an item', () => {
  it.each([
    ['5月底前实现全覆盖。', ['5月底前 @0 deadline 2019-01-01..2019-05-31']],
    ['各地于2019年6月30日前完成自查。', ['2019年6月30日前 @3 deadline 2019-01-01..2019-06-30']],
    ['各单位6月中旬前报送材料', ['6月中旬前 @3 deadline 2019-01-01..2019-06-20']],
    ['力争2019年底前全面完成', ['2019年底前 @2 deadline 2019-01-01..2019-12-31']],
    ['年底前完成验收', ['年底前 @0 deadline 2019-01-01..2019-12-31']],
    ['截至2019年12月,累计完成', ['2019年12月 @2 deadline 2019-01-01..2019-12-31']],
    ['定于12月20日前后召开总结会', ['12月20日前后 @2 instant 2019-12-20..2019-12-20']],
    ['上半年完成试点', ['上半年完成 @0 deadline 2019-01-01..2019-06-30']],
    ['全市三季度末前完成', ['三季度末前 @2 deadline 2019-01-01..2019-09-30']],
    ['(一)动员部署阶段(2019年3月)', ['2019年3月 @10 window 2019-03-01..2019-03-31']],
    ['统一于6月底前完成', ['6月底前 @3 deadline 2019-01-01..2019-06-30']],
    ['明年年底前建成', ['明年年底前 @0 deadline 2019-01-01..2020-12-31']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    ['3-6月开展自查', '3-6月 @0 window 2019-03-01..2019-06-30'],
    ['3月-6月开展自查', '3月-6月 @0 window 2019-03-01..2019-06-30'],
    ['2011年4-5月,动员部署', '2011年4-5月 @0 window 2011-04-01..2011-05-31'],
    ['2019年4月--6月,集中整治', '2019年4月--6月 @0 window 2019-04-01..2019-06-30'],
    ['2010年6月11日---2010年7月31日为整改阶段', '2010年6月11日---2010年7月31日 @0 window 2010-06-11..2010-07-31'],
    ['2019年3月～5月,宣传发动', '2019年3月～5月 @0 window 2019-03-01..2019-05-31'],
    ['10月至12月上旬,总结', '10月至12月上旬 @0 window 2019-10-01..2019-12-10'],
    ['4月15日-5月10日集中整治', '4月15日-5月10日 @0 window 2019-04-15..2019-05-10'],
    ['2019年3月—2019年12月', '2019年3月—2019年12月 @0 window 2019-03-01..2019-12-31'],
    ['2019年3月——2019年12月', '2019年3月——2019年12月 @0 window 2019-03-01..2019-12-31'],
    ['3月－6月开展', '3月－6月 @0 window 2019-03-01..2019-06-30'],
    ['9月16-25日开展', '9月16-25日 @0 window 2019-09-16..2019-09-25'],
    ['起止时间 2005.8—2006.3', '2005.8—2006.3 @5 window 2005-08-01..2006-03-31'],
    ['2019-03-01至2019-03-31试运行', '2019-03-01至2019-03-31 @0 window 2019-03-01..2019-03-31'],
    ['二〇一九年三月至五月', '二〇一九年三月至五月 @0 window 2019-03-01..2019-05-31'],
    ['十二月底前完成', '十二月底前 @0 deadline 2019-01-01..2019-12-31'],
  ])('range %s', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });

  it('hyphens that are not ranges: telephone numbers, ISO days, durations, decimals', () => {
    expect(mentions('联系电话:0571-87654321,传真0571-87654322')).toEqual([]);
    expect(mentions('用1-2个月时间集中整治')).toEqual([]);
    // 从/自 stay with the mention (they make it a start): item titles keep them out.
    expect(mentions('本办法自2019-03-01起施行')).toEqual(['自2019-03-01起 @3 window 2019-03-01..2019-12-31']);
    // Never the month range 3-6月 taken out of an ISO day.
    expect(mentions('2019-3-6月')).toEqual(['2019-3-6 @0 instant 2019-03-06..2019-03-06']);
    expect(mentions('投资2005.1万元')).toEqual([]);
    expect(mentions('(2018—2020年)三年行动')).toEqual([]);
  });

  it('words that only look like dates', () => {
    expect(mentions('2019年初步建立,2019年中央财政下达')).toEqual([]);
    expect(mentions('每三月一次,第三月')).toEqual([]);
    expect(mentions('国办发〔2019〕12号')).toEqual([]);
    expect(mentions('3月初步完成')).toEqual(['3月 @0 window 2019-03-01..2019-03-31']);
  });

  it('即日起 / 从现在开始 count from the document date; without one the rest is still read', () => {
    const issued: DateContext = { year: 2019, anchor: '2019-03-05' };
    expect(mentions('即日起至2019年6月30日开展', issued)).toEqual(['即日起至2019年6月30日 @0 window 2019-03-05..2019-06-30']);
    expect(mentions('从现在开始到3月25日前,备耕', issued)).toEqual(['从现在开始到3月25日前 @0 window 2019-03-05..2019-03-25']);
    expect(mentions('从现在开始到3月25日前,备耕')).toEqual(['3月25日前 @6 deadline 2019-01-01..2019-03-25']);
    expect(findDates('自即日起施行', issued)[0]?.startOnly).toBe(true);
  });

  it('reports each mention with its sentence, day precision and frame', () => {
    const [a, b, c] = findDates('在8月~10月期间举办3期。各地于9月1日前报送;12月20日前后召开', Y2019);
    expect(a).toMatchObject({ text: '在8月~10月期间', during: true, dayPrecise: false, sentence: 0 });
    expect(b).toMatchObject({ text: '9月1日前', offset: 17, dayPrecise: true, sentence: 1 });
    expect(c).toMatchObject({ text: '12月20日前后', dayPrecise: true, sentence: 2 });
  });
});

describe('findDates on text as written (not NFKC-normalised)', () => {
  it.each([
    ['各地于２０１９年６月３０日前完成自查。', '２０１９年６月３０日前', 3, 'deadline 2019-01-01..2019-06-30'],
    ['（一）动员部署阶段（２０１９年３月）', '２０１９年３月', 10, 'window 2019-03-01..2019-03-31'],
    ['２０１９年３月～５月，宣传发动', '２０１９年３月～５月', 0, 'window 2019-03-01..2019-05-31'],
    ['３－６月：自查自纠；', '３－６月', 0, 'window 2019-03-01..2019-06-30'],
    ['於2019年6月底前完成', '2019年6月底前', 1, 'deadline 2019-01-01..2019-06-30'],
    ['在８月～１０月期間舉辦', '在８月～１０月期間', 0, 'window 2019-08-01..2019-10-31'],
  ])('%s', (text, found, offset, span) => {
    const [m, ...rest] = findDates(text, Y2019);
    expect(rest).toEqual([]);
    expect(m).toBeDefined();
    expect(m?.text).toBe(found);
    expect(m?.offset).toBe(offset);
    expect(text.slice(m?.offset, (m?.offset ?? 0) + (m?.text.length ?? 0))).toBe(found);
    expect(`${m?.kind} ${m?.start}..${m?.end}`).toBe(span);
  });

  const sentences = [
    '各地于2019年6月30日前完成自查,12月20日前后召开总结会。',
    '(一)动员部署阶段(2019年3月-4月):成立领导小组;5月底前印发方案。',
    '3-6月开展自查,2019年4月--6月集中整治,10月至12月上旬总结。',
    '2010年6月11日---2010年7月31日为整改阶段;上半年完成试点,三季度末前完成验收。',
    '截至2019年12月,累计完成。2019年底前全面完成。联系电话:0571-87654321。',
  ];

  it('full-width text gives the same mentions at the same offsets as its ASCII twin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), (sentence, widen) => {
        // Widen some characters only: documents mix the two widths.
        const mixed = [...sentence].map((ch, i) => (widen[i % widen.length] ? fullWidth(ch) : ch)).join('');
        const plain = findDates(sentence, Y2019).map(({ text, ...rest }) => ({ ...rest, length: text.length }));
        const wide = findDates(mixed, Y2019);
        expect(wide.map(({ text, ...rest }) => ({ ...rest, length: text.length }))).toEqual(plain);
        for (const m of wide) expect(mixed.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('range vectors inside sentences', () => {
  const ranges = windowVectors().filter((v) => /[月]|\d[.-]\d/.test(v.expr) && /(?<!截)至|到|[-~～—―–－〜]/.test(v.expr.slice(1)));

  it('are found where they stand, and never reach outside their window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges),
        fc.constantFrom('', '各地要', '(一)动员部署阶段', '统一于', '。', '各镇(街道)'),
        fc.constantFrom('', '完成自查。', ',各单位要', '开展集中整治;', '。'),
        fc.boolean(),
        (v, before, after, wide) => {
          const expr = wide ? fullWidth(v.expr) : v.expr;
          const text = `${before}${expr}${after}`;
          const ctx: DateContext = vectorContext(v);
          const found = findDates(text, ctx).filter((m) => m.offset < before.length + expr.length && m.offset + m.text.length > before.length);
          expect(found.length, text).toBeGreaterThan(0);
          for (const m of found) {
            expect(text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
            expect(m.start >= v.start && m.end <= v.end, `${text}: ${m.text} ${m.start}..${m.end} outside ${v.start}..${v.end}`).toBe(true);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('readDocumentDate', () => {
  it.each([
    ['2019年3月12日', '2019-03-12'],
    ['二〇一九年三月十二日', '2019-03-12'],
    ['二○一九年三月十二日', '2019-03-12'],
    ['二零一九年十二月三十一日', '2019-12-31'],
    ['二OO九年四月二十八日', '2009-04-28'],
    ['二〇一三年八月六日', '2013-08-06'],
    ['上海市嘉定区人民政府办公室 二〇一三年八月六日', '2013-08-06'],
    ['２０１９年３月１２日', '2019-03-12'],
    ['（2021年1月25日）', '2021-01-25'],
    ['2019 年 3 月 12 日', '2019-03-12'],
    ['发布日期:2018-03-27', '2018-03-27'],
    ['二〇二〇年二月二十九日', '2020-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(readDocumentDate(text)).toBe(iso);
  });

  it('is undefined without a full date on the calendar', () => {
    for (const text of ['2019年3月', '三月十二日', '二〇一九年', '2019年2月30日', '二〇一九年二月二十九日', '联系电话0571-87654321', '']) {
      expect(readDocumentDate(text), text).toBeUndefined();
    }
  });

  it('skips a date that is not on the calendar for the next one', () => {
    expect(readDocumentDate('2019年2月30日 2019年3月1日')).toBe('2019-03-01');
  });
});

describe('yearsMentioned', () => {
  it('document numbers, Chinese numerals and digits, most mentioned first', () => {
    const text = '许政〔2016〕12号 根据豫政办〔2016〕26号,从2016年起实施三年行动计划(2016—2018年)。二〇一六年六月二十二日';
    expect(yearsMentioned(text)).toEqual([
      { year: 2016, from: 'document-number', count: 2 },
      { year: 2016, from: 'digits', count: 2 },
      { year: 2018, from: 'digits', count: 1 },
      { year: 2016, from: 'chinese-numeral', count: 1 },
    ]);
  });

  it.each([
    ['国办函[2016]38号', [{ year: 2016, from: 'document-number', count: 1 }]],
    ['（2016）', [{ year: 2016, from: 'document-number', count: 1 }]],
    ['【2019】3号', [{ year: 2019, from: 'document-number', count: 1 }]],
    ['二〇一六年', [{ year: 2016, from: 'chinese-numeral', count: 1 }]],
    ['二○一九年三月', [{ year: 2019, from: 'chinese-numeral', count: 1 }]],
    ['二零一九年', [{ year: 2019, from: 'chinese-numeral', count: 1 }]],
    ['2016年', [{ year: 2016, from: 'digits', count: 1 }]],
    ['２０１６年', [{ year: 2016, from: 'digits', count: 1 }]],
    ['2018—2020年', [{ year: 2018, from: 'digits', count: 1 }, { year: 2020, from: 'digits', count: 1 }]],
  ])('%s', (text, expected) => {
    expect(yearsMentioned(text)).toEqual(expected);
  });

  it('numbers that are not years are left out', () => {
    expect(yearsMentioned('投资1200万元,(1234)号,12016年,第2019号,2019-03-01')).toEqual([]);
  });
});
