import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src/dates/holidays/work-calendar.js';
import { resolveDate } from '../../../src/dates/resolve-date.js';
import type { DateContext } from '../../../src/dates/types.js';
import { readDateVectors, vectorContext, type DateVector, type ErrorVector } from '../../helpers/date-vectors.js';

/** Fields of the newer vectors: the listed occurrences, note codes that must be raised, forms offered. */
type Vector = DateVector & { readonly dates?: readonly string[]; readonly notes?: readonly string[] };
type Failing = ErrorVector & { readonly suggestions?: readonly string[] };

const lines = readDateVectors();
const vectors = lines.filter((v): v is Vector => !('error' in v));
const errorVectors = lines.filter((v): v is Failing => 'error' in v);

const calendar = createWorkCalendar();

function contextOf(v: Vector | Failing): DateContext {
  return vectorContext(v);
}

describe('date-vectors.jsonl', () => {
  it('has the expected number of vectors', () => {
    expect(vectors.length).toBe(202);
    expect(errorVectors.length).toBe(15);
  });

  it('every vector says where its wording comes from', () => {
    for (const v of lines) expect(v.source, v.expr).toMatch(/^(?:https?:\/\/|\.\.\/corpus\/|constructed$|public web excerpt)/);
  });

  it.each(errorVectors.map((v) => [v.expr, v] as const))('%s keeps failing', (_expr, v) => {
    const outcome = resolveDate(v.expr, contextOf(v));
    if (outcome.ok) expect.fail(`${v.expr} resolved to ${JSON.stringify(outcome.value)}; expected ${v.error} (${v.note})`);
    expect(outcome.error.code).toBe(v.error);
    // A clear message: a sentence, pointing inside the expression, with forms that would work.
    expect(outcome.error.message.length).toBeGreaterThan(20);
    expect(outcome.error.offset + outcome.error.length).toBeLessThanOrEqual(v.expr.length);
    if (v.error === 'date-needs-dates') {
      // No wording without the dates can work, so none is offered: the message asks for them.
      expect(outcome.error.suggestions).toEqual([]);
      expect(outcome.error.message).toMatch(/cannot know them\. Write the dates/);
    } else {
      expect(outcome.error.suggestions.length).toBeGreaterThan(0);
    }
    for (const form of v.suggestions ?? []) expect(outcome.error.suggestions).toContain(form);
  });

  it.each(vectors.map((v) => [v.expr, v] as const))('%s', (_expr, v) => {
    const outcome = resolveDate(v.expr, contextOf(v), v.needs_holidays ? calendar : undefined);
    if (!outcome.ok) expect.fail(`${v.expr}: ${outcome.error.code} ${outcome.error.message}`);
    const r = outcome.value;
    expect({ start: r.start, end: r.end, kind: r.kind }).toEqual({ start: v.start, end: v.end, kind: v.kind });
    const time = r.time ? (r.time.end ? `${r.time.start}-${r.time.end}` : r.time.start) : undefined;
    expect(time).toBe(v.time);
    expect(r.approx ?? false).toBe(v.approx ?? false);
    expect(r.rrule).toBe(v.rrule);
    expect(r.dates).toEqual(v.dates);
    for (const code of v.notes ?? []) expect(outcome.notes.map((n) => n.code), v.note).toContain(code);
    if (v.ambiguous) expect(outcome.notes.map((n) => n.code)).toContain('date-ambiguous');
    if (v.civil_code_mode_end !== undefined) {
      const legal = resolveDate(v.expr, { ...contextOf(v), civilCodeMode: true }, calendar);
      expect(legal.ok && legal.value.end).toBe(v.civil_code_mode_end);
    }
    if (v.count_per_period !== undefined) {
      // The count lives in the sentence the vector was cut from ('每周编发二期工作简报'), not in `每周`.
      const sentence = /'([^']+)'/.exec(v.note)?.[1] ?? v.expr;
      const withCount = resolveDate(sentence, contextOf(v));
      expect(withCount.ok && withCount.value.countPerPeriod).toBe(v.count_per_period);
      expect(withCount.ok && withCount.value.rrule).toBe(v.rrule);
    }
  });
});
