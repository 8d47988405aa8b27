import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { vtimezoneLines } from '../../../src/emit/ics/vtimezone.js';
import { readTimezone } from '../../../src/resolve/timezone.js';

describe('a plan’s time zone, as the calendars write it', () => {
  it('takes the default zone as canonical without loading the data, which agrees', () => {
    expect(readTimezone('Asia/Shanghai')).toEqual({ zone: 'Asia/Shanghai', renamed: false });
    expect(vtimezoneLines('Asia/Shanghai')).toContain('TZID:Asia/Shanghai');
  });

  it('keeps a canonical zone as it is', () => {
    expect(readTimezone('Asia/Shanghai')).toEqual({ zone: 'Asia/Shanghai', renamed: false });
    expect(readTimezone('America/Los_Angeles')).toEqual({ zone: 'America/Los_Angeles', renamed: false });
  });

  it('renames an alias to the zone its VTIMEZONE is named after, so TZID and VTIMEZONE match', () => {
    expect(readTimezone('Asia/Chongqing')).toEqual({ zone: 'Asia/Shanghai', renamed: true });
    expect(readTimezone('PRC')).toEqual({ zone: 'Asia/Shanghai', renamed: true });
    expect(readTimezone('Asia/Harbin')).toEqual({ zone: 'Asia/Shanghai', renamed: true });
    expect(readTimezone('UTC')).toEqual({ zone: 'Etc/UTC', renamed: true });
  });

  it('does not know a zone that does not exist, and offers the nearest', () => {
    // China's time is Asia/Shanghai: for Beijing that is the answer, not the nearest spelling (Asia/Beirut).
    expect(readTimezone('Asia/Beijing')).toEqual({ unknown: true, suggestions: ['Asia/Shanghai'] });
    expect(readTimezone('Beijing')).toEqual({ unknown: true, suggestions: ['Asia/Shanghai'] });
    const wrongCase = readTimezone('asia/shanghai');
    expect(wrongCase).toEqual({ unknown: true, suggestions: ['Asia/Shanghai'] });
    const typo = readTimezone('Asia/Shanghi');
    expect(typo).toEqual({ unknown: true, suggestions: ['Asia/Shanghai'] });
  });
});

describe('the time zone in a compiled plan', () => {
  const planWith = (zone: string) => `plan:\n  id: tz\n  title: 时区\n  year: 2018\n  timezone: ${zone}\nunits:\n  a: 党政条线\nphases:\n  - id: p1\n    title: 阶段\n    when: 5月\n    tasks:\n      - id: t1\n        title: 会议\n        lead: 党政条线\n        at: 5月8日 9:00\n`;

  it('is an error at its line and column when the zone does not exist, in the chosen language', () => {
    const zh = compile({ path: 'tz.yaml', text: planWith('Asia/Beijing') }, { language: 'zh' }).diagnostics.filter((d) => d.code === 'timezone-unknown');
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatchObject({ severity: 'error', span: { start: { line: 5, column: 13 } }, suggestions: ['Asia/Shanghai'] });
    expect(zh[0]!.message).toContain('没有名为“Asia/Beijing”的时区');
  });

  it('is written under its canonical name, so the calendar’s TZID matches its VTIMEZONE', () => {
    const result = compile({ path: 'tz.yaml', text: planWith('Asia/Chongqing') }, { language: 'en' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan!.timezone).toBe('Asia/Shanghai');
  });
});
