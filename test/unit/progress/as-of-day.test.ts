import { describe, expect, it } from 'vitest';
import { asOfDay, readDay } from '../../../src/cli/progress-flags.js';
import type { Io } from '../../../src/cli/io.js';

const io = (env: Record<string, string>, now?: Date): Io => ({ cwd: '/', env, stdout: { write() {} }, stderr: { write() {} }, readStdin: async () => '', ...(now ? { now: () => now } : {}) });

describe('the as-of day', () => {
  it('reads the wordings a secretary types, and refuses a day not on the calendar', () => {
    expect(['2018-09-30', '2018-9-30', '2018/9/30', '2018.9.30', '2018年9月30日'].map(readDay)).toEqual(Array(5).fill('2018-09-30'));
    expect(readDay('2018-02-30')).toBeUndefined();
    expect(() => asOfDay({ asOf: '9月30日' }, io({}), 'Asia/Shanghai', 'zh', { clock: true })).toThrow(/2018年9月30日/);
  });

  it('takes the day of SOURCE_DATE_EPOCH in the plan’s zone (16:00 UTC is the next day in Shanghai)', () => {
    const epoch = String(Date.UTC(2018, 8, 30, 16) / 1000);
    expect(asOfDay({}, io({ SOURCE_DATE_EPOCH: epoch }), 'Asia/Shanghai', 'en', { clock: false })).toBe('2018-10-01');
    expect(asOfDay({}, io({ SOURCE_DATE_EPOCH: epoch }), 'America/Los_Angeles', 'en', { clock: false })).toBe('2018-09-30');
  });

  it('uses the clock only where allowed, and China’s fixed offset agrees with the zone data at every hour', () => {
    expect(asOfDay({}, io({}), 'Asia/Shanghai', 'en', { clock: false })).toBeUndefined();
    for (let hour = 0; hour < 24 * 40; hour += 7) {
      const instant = new Date(Date.UTC(2026, 11, 1) + hour * 3_600_000);
      const byIcu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
      expect(asOfDay({}, io({}, instant), 'Asia/Shanghai', 'en', { clock: true })).toBe(byIcu);
    }
  });
});
