import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, foldLines, unfold } from '../../../../src/emit/ics/fold.js';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks every folding rule on one line and returns its physical lines. */
function checkFolded(line: string): string[] {
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  physical.forEach((p, i) => {
    expect(octets(p), `physical line ${i} of ${JSON.stringify(line)}`).toBeLessThanOrEqual(75);
    if (i > 0) {
      expect(p.startsWith(' ')).toBe(true);
      expect(p.length).toBeGreaterThan(1); // a continuation always carries content
    }
    // Encoding each physical line on its own loses nothing: no sequence or pair was split.
    if (!LONE_SURROGATE.test(line)) expect(LONE_SURROGATE.test(p)).toBe(false);
    expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD'));
  });
  expect(unfold(folded)).toBe(line);
  return physical;
}

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds at 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe('a'.repeat(75) + '\r\n a');
    // The continuation's leading space counts: 74 octets of content per continuation line.
    expect(foldLine('a'.repeat(75 + 74 + 1)).split('\r\n').map(octets)).toEqual([75, 75, 2]);
  });

  it('never splits a 3-octet CJK character', () => {
    const line = 'SUMMARY:' + '召开街道党工委会议精心策划部署'.repeat(6);
    const physical = checkFolded(line);
    expect(physical.length).toBeGreaterThan(2);
    // 'SUMMARY:' is 8 octets, then 22 CJK chars = 66 → 74; a 23rd would make 77.
    expect(octets(physical[0] ?? '')).toBe(74);
  });

  it('never splits a surrogate pair (emoji) or a 2-octet character', () => {
    for (let prefix = 0; prefix < 8; prefix++) {
      checkFolded('X'.repeat(prefix) + '😀'.repeat(40));
      checkFolded('X'.repeat(prefix) + 'é'.repeat(80));
      checkFolded('X'.repeat(prefix) + '😀中é'.repeat(20));
    }
  });

  it('keeps a lone surrogate whole and unfolds to the same text', () => {
    checkFolded('DESCRIPTION:' + 'a\uD800b'.repeat(40));
  });

  it('obeys every rule for arbitrary text (property test)', () => {
    const chars = fc.oneof(
      fc.constantFrom('a', ' ', ',', '\\', 'é', 'ß', '中', '期', '…', '“', '😀', '👍🏽', '𠀀'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), (parts) => {
        checkFolded(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldLines', () => {
  it('ends every line with CRLF, the last one too', () => {
    expect(foldLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('unfold inverts it', () => {
    const lines = ['SUMMARY:' + '长'.repeat(100), 'X:' + 'y'.repeat(300)];
    expect(unfold(foldLines(lines))).toBe(lines.join('\r\n') + '\r\n');
  });
});
