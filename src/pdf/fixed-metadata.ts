import { createHash } from 'node:crypto';

/**
 * Makes Chromium's PDF reproducible: Skia stamps /CreationDate and /ModDate with the clock (in the
 * machine's time zone) and writes no /ID. The dates are overwritten in place with the plan's date,
 * padded to the same length, so no byte offset in the cross-reference table moves; the /ID, a hash
 * of the result, goes into the trailer, which comes after everything an offset points to.
 */
export function fixPdfMetadata(pdf: Uint8Array, date: Date): Uint8Array {
  // latin1 maps byte n to char n and back, so binary streams survive the round trip untouched.
  let text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const stamp = `(${pdfDate(date)})`;
  text = text.replace(/\/(CreationDate|ModDate) (\(D:[^)]*\))/g, (whole, key: string, value: string) => {
    if (stamp.length > value.length) throw new Error(`unexpected PDF date ${value}`);
    return `/${key} ${stamp}${' '.repeat(value.length - stamp.length)}`;
  });
  const trailer = text.lastIndexOf('trailer');
  const end = text.indexOf('>>', trailer);
  if (trailer < 0 || end < 0 || /\/ID\s*\[/.test(text.slice(trailer, end))) return Buffer.from(text, 'latin1');
  const id = createHash('md5').update(text, 'latin1').digest('hex');
  text = `${text.slice(0, end)}\n/ID [<${id}> <${id}>]${text.slice(end)}`;
  return Buffer.from(text, 'latin1');
}

/** `D:20180501000000+00'00'`: the PDF date form Chromium uses, always in UTC. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2018-05-01T00:00:00.000Z
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}
