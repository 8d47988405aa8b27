import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarOptions } from '../../../../src/emit/ics/render-calendar.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';

/**
 * Byte-for-byte goldens. Run the suite under TZ=Asia/Shanghai and TZ=America/Los_Angeles (CI
 * does both); any drift from the process zone changes a byte. The tests below also switch
 * process.env.TZ themselves (Node re-reads it), so a single run covers both zones.
 * Regenerate after an intended change: UPDATE_ICS_GOLDEN=1 npx vitest run … golden
 */
const cases: { file: string; options: CalendarOptions }[] = [
  { file: 'sample-all.golden.ics', options: { generatedAt: GENERATED_AT } },
  {
    file: 'sample-xuanchuan-options.golden.ics',
    options: { generatedAt: GENERATED_AT, units: ['xuanchuan'], todo: true, alarms: [{ workingDaysBefore: 2 }] },
  },
];

const goldenPath = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const originalTz = process.env['TZ'];

afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('golden calendars', () => {
  for (const { file, options } of cases) {
    it(`${file} matches byte for byte`, () => {
      const text = renderCalendar(samplePlan(), options);
      if (process.env['UPDATE_ICS_GOLDEN'] === '1' || !existsSync(goldenPath(file))) writeFileSync(goldenPath(file), text, 'utf8');
      expect(Buffer.from(text, 'utf8').equals(readFileSync(goldenPath(file)))).toBe(true);
    });

    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      it(`${file} is identical with TZ=${tz}`, () => {
        process.env['TZ'] = tz;
        // Make sure the switch took effect, so the test cannot pass vacuously.
        if (tz !== 'UTC') expect(new Date(Date.UTC(2018, 0, 1)).getTimezoneOffset()).not.toBe(0);
        expect(renderCalendar(samplePlan(), options)).toBe(readFileSync(goldenPath(file), 'utf8'));
      });
    }
  }
});
