import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/dates/resolve-date.js';
import type { DateContext } from '../../../src/dates/types.js';
import { vectorContext, windowVectors, type DateVector } from '../../helpers/date-vectors.js';

type RangeVector = DateVector;

/** The separator of a range: 至/到 or a dash/tilde run, not the 至 of 截至. */
const SEPARATOR = /(?<!截)至|到|[-~～—―–－〜]{1,3}/;
/** ISO days and clock times use hyphens and colons of their own: their separator is not swapped. */
const OWN_HYPHENS = /\d[-/]\d{1,2}[-/]\d|\d:\d/;
const SEPARATORS = ['至', '到', '-', '--', '---', '~', '～', '—', '——', '―', '–', '－', '〜'];
const WRAPPERS: readonly (readonly [string, string])[] = [['', ''], ['(', ')'], ['（', '）'], ['【', '】'], ['〔', '〕']];

/** Every window in the vectors written as a range: two ends around a separator. */
const ranges: RangeVector[] = windowVectors().filter((v) => (SEPARATOR.exec(v.expr)?.index ?? 0) > 0);

function contextOf(v: RangeVector): DateContext {
  return vectorContext(v);
}

/** Full-width digits, hyphens, tildes, dots and brackets, as a document typed in a Chinese IME has them. */
function fullWidth(text: string): string {
  return text.replace(/[0-9\-~.()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function swapSeparator(expr: string, sep: string): string {
  if (OWN_HYPHENS.test(expr)) return expr;
  const m = SEPARATOR.exec(expr);
  return m ? expr.slice(0, m.index) + sep + expr.slice(m.index + m[0].length) : expr;
}

describe('range vectors', () => {
  it('there are range vectors with every separator family', () => {
    expect(ranges.length).toBeGreaterThan(60);
    for (const sep of ['至', '到', '-', '--', '---', '~', '～', '—', '——', '―', '－']) {
      expect(ranges.some((v) => SEPARATOR.exec(v.expr)?.[0] === sep), sep).toBe(true);
    }
  });

  it('no range vector resolves outside its stated start/end, whatever the separator, brackets or width', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges),
        fc.constantFrom(...SEPARATORS),
        fc.boolean(),
        fc.constantFrom(...WRAPPERS),
        fc.boolean(),
        (v, sep, swap, [open, close], wide) => {
          let expr = swap ? swapSeparator(v.expr, sep) : v.expr;
          expr = `${open}${expr}${close}`;
          if (wide) expr = fullWidth(expr);
          const outcome = resolveDate(expr, contextOf(v));
          if (!outcome.ok) expect.fail(`${expr} (from ${v.expr}): ${outcome.error.message}`);
          const { start, end, kind } = outcome.value;
          expect(kind, expr).toBe('window');
          expect(start >= v.start && end <= v.end, `${expr}: ${start}..${end} is outside ${v.start}..${v.end}`).toBe(true);
          // Within the stated window and reaching both of its ends: the same window.
          expect([start, end], expr).toEqual([v.start, v.end]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a 在…期间 frame around a range keeps the window', () => {
    const plain = ranges.filter((v) => !/^[从自在于(（]|期间$|开始|起/.test(v.expr));
    fc.assert(
      fc.property(fc.constantFrom(...plain), (v) => {
        const outcome = resolveDate(`在${v.expr}期间`, contextOf(v));
        expect(outcome.ok && [outcome.value.start, outcome.value.end], v.expr).toEqual([v.start, v.end]);
      }),
    );
  });
});
