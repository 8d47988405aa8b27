import { describe, expect, it } from 'vitest';
import { fixPdfMetadata, pdfDate } from '../../../src/pdf/fixed-metadata.js';

// A PDF shaped like Skia's: the Info dictionary with the clock's dates, an xref, a trailer without /ID.
function skiaLike(stamp: string): Buffer {
  const body = `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (${stamp})\n/ModDate (${stamp})>>\nendobj\n`;
  const xref = body.length;
  return Buffer.from(`${body}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

describe('reproducible PDF metadata', () => {
  it('writes the PDF date form in UTC', () => {
    expect(pdfDate(new Date('2018-05-01T00:00:00Z'))).toBe("D:20180501000000+00'00'");
  });

  it('replaces the clock with the given date, whatever the clock and its time zone said', () => {
    const date = new Date('2018-05-01T00:00:00Z');
    const a = fixPdfMetadata(skiaLike("D:20261202090528+00'00'"), date);
    const b = fixPdfMetadata(skiaLike("D:20261203170001+08'00'"), date);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).toContain("/CreationDate (D:20180501000000+00'00')");
  });

  it('moves no byte before the trailer, so the xref offsets stay right', () => {
    const before = skiaLike("D:20261202090528+00'00'");
    const after = Buffer.from(fixPdfMetadata(before, new Date('2018-05-01T00:00:00Z')));
    const trailer = before.indexOf('trailer');
    expect(after.indexOf('trailer')).toBe(trailer);
    expect(after.indexOf('xref')).toBe(before.indexOf('xref'));
  });

  it('adds an /ID made from the contents: another plan date, another ID', () => {
    const id = (d: string): string => /\/ID \[<([0-9a-f]{32})>/.exec(Buffer.from(fixPdfMetadata(skiaLike("D:20261202090528+00'00'"), new Date(d))).toString('latin1'))?.[1] ?? '';
    expect(id('2018-05-01T00:00:00Z')).toMatch(/^[0-9a-f]{32}$/);
    expect(id('2018-05-01T00:00:00Z')).toBe(id('2018-05-01T00:00:00Z'));
    expect(id('2018-05-01T00:00:00Z')).not.toBe(id('2019-05-01T00:00:00Z'));
  });
});
