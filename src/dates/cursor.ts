import type { Token } from './tokenize.js';

/** A read position over the token list, with small helpers for keyword tests. */
export class Cursor {
  i = 0;
  readonly tokens: readonly Token[];
  /** End of the normalised text, for errors at the end of input. */
  readonly textEnd: number;
  /** The normalised text, to quote a token in messages. */
  readonly text: string;

  constructor(tokens: readonly Token[], text: string) {
    this.tokens = tokens;
    this.text = text;
    this.textEnd = text.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  atEnd(): boolean {
    return this.i >= this.tokens.length;
  }

  /** The keyword at the current position (optionally further ahead), else undefined. */
  kw(offset = 0): string | undefined {
    const t = this.tokens[this.i + offset];
    return t?.kind === 'kw' ? t.word : undefined;
  }

  /** Consumes the current token when it is one of `words`; returns the word. */
  accept(words: ReadonlySet<string> | string): string | undefined {
    const w = this.kw();
    if (w === undefined) return undefined;
    if (typeof words === 'string' ? w === words : words.has(w)) {
      this.i++;
      return w;
    }
    return undefined;
  }

  isSep(offset = 0): boolean {
    return this.tokens[this.i + offset]?.kind === 'sep';
  }

  /** Normalised start of the current token, or the end of the text. */
  here(): number {
    return this.tokens[this.i]?.start ?? this.textEnd;
  }

  /** Normalised end of the previous token. */
  lastEnd(): number {
    return this.tokens[this.i - 1]?.end ?? 0;
  }
}
