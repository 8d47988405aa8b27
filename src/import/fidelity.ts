/**
 * The importer reads a folded copy of the document (full-width forms as ASCII, one character for
 * one, so its patterns need only one spelling of each punctuation mark) and hands the plan the
 * document's own characters: every string it produces is found in the folded text and sliced
 * from the original at the same place.
 */

/**
 * One character as the importer matches it: full-width ASCII (，（１）) and small forms (1﹒ ﹐)
 * as their plain twins, the ideographic and no-break spaces as a space; anything else as it is.
 * Always one UTF-16 unit for one, so offsets in a folded text are offsets in the original.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  if (code >= 0xfe50 && code <= 0xfe6b) {
    const plain = ch.normalize('NFKC');
    return plain.length === 1 ? plain : ch;
  }
  return ch;
}

/** A text with every character folded (see foldChar): same length, same offsets. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}

/** Maps strings of the folded text back to the original's characters. */
export class Restorer {
  private readonly folded: string;
  private readonly original: string;

  /** `originals`: every piece of document text the importer read (paragraphs, table cells). */
  constructor(originals: readonly string[]) {
    this.original = originals.join('\n');
    this.folded = foldWidth(this.original);
  }

  /** The document's own spelling of `text`, or `text` itself when it is not a piece of the document. */
  restore(text: string): string {
    if (text.length === 0 || foldWidth(text) !== text) return text;
    const at = this.folded.indexOf(text);
    if (at >= 0) return this.original.slice(at, at + text.length);
    // A title cut short ends in …; a field may join lines: restore the parts.
    if (text.endsWith('…')) return `${this.restore(text.slice(0, -1))}…`;
    if (text.includes('\n')) return text.split('\n').map((line) => this.restore(line)).join('\n');
    return text;
  }
}
