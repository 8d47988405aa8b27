import { describe, expect, it } from 'vitest';
import { calendarsEmitter } from '../../../../src/emit/emitters/calendars.js';
import { bigPlan, GENERATED_AT } from './fixtures.js';

describe('speed at scale', () => {
  it('writes the calendars of a 10,000-task, 500-unit plan quickly', () => {
    const plan = bigPlan(10_000, 500);
    const t0 = performance.now();
    const artifacts = calendarsEmitter.emit({ plan, generatedAt: GENERATED_AT });
    const ms = performance.now() - t0;
    expect(artifacts).toHaveLength(501);
    expect(artifacts[0]?.contents.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(12_000);
    // Measured about 170 ms cold on a 2-core box (see the report); the bound leaves room for a
    // loaded CI machine and would still catch a return to per-character TextEncoder folding.
    expect(ms).toBeLessThan(1500);
  });
});
