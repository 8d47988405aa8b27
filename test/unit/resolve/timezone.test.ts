import { describe, expect, it } from 'vitest';
import { readTimezone } from '../../../src/resolve/timezone.js';

describe('a plan’s time zone, as the calendars write it', () => {
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
