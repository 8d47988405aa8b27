import type { PlanPath } from '../diagnostics/diagnostic.js';

/*
 * Locating a diagnostic without the full YAML parse. Most paths walk only through block
 * mappings and block sequences (indentation, `key:` lines, `- ` items) to a one-line scalar
 * or to a key, which can be read straight off the lines. Anything else — flow collections on
 * the way, multi-line or block scalars, anchors, tags, complex keys, tabs — answers undefined
 * and the caller uses the full document. Where it answers, it must agree exactly with the
 * `yaml` tree (test/unit/load/fast-locate.test.ts compares the two on every path of the plans).
 */

/** What the full locator would point at: a scalar value or a key, with `yaml`'s range and style. */
export interface FastTarget {
  readonly from: number;
  readonly to: number;
  readonly type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';
  /** True when the path exists; false when we stopped at the closest ancestor's key. */
  readonly exact: boolean;
  /** True when the target is a key (asked for, or the closest ancestor's key). */
  readonly isKey: boolean;
}

interface Lines {
  readonly starts: number[];
  readonly ends: number[];
  /** Leading spaces, or -1 for blank and whole-comment lines. */
  readonly indents: number[];
}

// Per source file, like positionAt's line starts: split once, reused by every diagnostic.
const linesCache = new WeakMap<object, Lines | null>();

/** Splits once per text; null when the text has features we never read fast (tabs, lone CR, markers). */
function linesOf(source: { readonly text: string }): Lines | null {
  const cached = linesCache.get(source);
  if (cached !== undefined) return cached;
  const text = source.text;
  let lines: Lines | null = null;
  if (!/\t|\r(?!\n)|^(?:%|---|\.\.\.)/m.test(text)) {
    const starts: number[] = [];
    const ends: number[] = [];
    const indents: number[] = [];
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let i = start;
      while (i < contentEnd && text.charCodeAt(i) === 32) i++;
      if (text[i] !== '#' && spansLines(text.slice(i, contentEnd))) return remember(source, null);
      starts.push(start);
      ends.push(contentEnd);
      indents.push(i === contentEnd || text[i] === '#' ? -1 : i - start);
      start = end + 1;
    }
    lines = { starts, ends, indents };
  }
  return remember(source, lines);
}

function remember(source: object, lines: Lines | null): Lines | null {
  linesCache.set(source, lines);
  return lines;
}

const QUOTE_OR_BRACKET = /["'[{]/;

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/**
 * A line that opens a quoted scalar or a flow collection it does not close: such a node goes
 * on over following lines, which may then look like keys. Conservative (counts characters).
 */
function spansLines(content: string): boolean {
  // Most lines hold no quote or bracket at all: answer those without the counting below.
  if (!QUOTE_OR_BRACKET.test(content)) return false;
  if (count(content.replace(/\\./g, ''), /"/g) % 2 === 1) return true;
  if (/(?:^|[:-] +)'/.test(content) && count(content, /'/g) % 2 === 1) return true;
  return /(?:^|[:-] +)[[{]/.test(content) && count(content, /[[{]/g) !== count(content, /[\]}]/g);
}

/** A node's start: a line and the offset where its content begins. */
interface At {
  readonly line: number;
  readonly offset: number;
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly type: FastTarget['type'];
}

const GIVE_UP = Symbol('give up');

export function fastFind(source: { readonly text: string }, path: PlanPath, atKey: boolean): FastTarget | undefined {
  const lines = linesOf(source);
  if (!lines) return undefined;
  const result = walk(source.text, lines, path, atKey);
  return result === GIVE_UP ? undefined : result;
}

function walk(text: string, lines: Lines, path: PlanPath, atKey: boolean): FastTarget | typeof GIVE_UP {
  const first = nextContent(lines, 0);
  if (first < 0 || path.length === 0) return GIVE_UP;
  let at: At = { line: first, offset: lines.starts[first]! + lines.indents[first]! };
  let pairKey: Span | undefined;
  // Column of the collection holding the current node: a continuation line must be deeper.
  let parentColumn = -1;
  for (const segment of path) {
    const kind = kindAt(text, lines, at);
    let child: { at: At; key?: Span; column: number; inline: boolean } | undefined | typeof GIVE_UP;
    if (kind === 'map') child = mapChild(text, lines, at, String(segment));
    else if (kind === 'seq' && typeof segment === 'number') child = seqChild(text, lines, at, segment);
    else if (kind === 'seq') child = undefined;
    else {
      // A scalar (path missing below it) or something we do not read.
      const scalar = scalarAt(text, lines, at, parentColumn);
      if (!scalar) return GIVE_UP;
      child = undefined;
    }
    if (child === GIVE_UP) return GIVE_UP;
    if (!child) return pairKey ? { ...pairKey, exact: false, isKey: true } : GIVE_UP;
    at = child.at;
    pairKey = child.key;
    parentColumn = child.column;
  }
  if (pairKey && atKey) return { ...pairKey, exact: true, isKey: true };
  const scalar = scalarAt(text, lines, at, parentColumn);
  return scalar ? { ...scalar, exact: true, isKey: false } : GIVE_UP;
}

function nextContent(lines: Lines, from: number): number {
  for (let i = from; i < lines.indents.length; i++) if (lines.indents[i]! >= 0) return i;
  return -1;
}

function column(lines: Lines, at: At): number {
  return at.offset - lines.starts[at.line]!;
}

function isSeqItem(text: string, offset: number, end: number): boolean {
  return text[offset] === '-' && (offset + 1 === end || text[offset + 1] === ' ');
}

function kindAt(text: string, lines: Lines, at: At): 'map' | 'seq' | 'other' {
  const end = lines.ends[at.line]!;
  if (isSeqItem(text, at.offset, end)) return 'seq';
  return keyAt(text, at.offset, end) ? 'map' : 'other';
}

interface Key {
  readonly span: Span;
  /** The key as `String(key.value)` gives it in the full locator. */
  readonly name: string;
  /** Where the value starts on the line, or -1 when nothing but a comment follows the colon. */
  readonly valueOffset: number;
}

/** A simple key (`name:`, `"name":`, `'name':`) starting at offset, or undefined. */
function keyAt(text: string, offset: number, end: number): Key | undefined {
  let span: Span;
  let name: string;
  let after: number;
  const c = text[offset];
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, offset + 1);
    if (close < 0 || close >= end) return undefined;
    name = text.slice(offset + 1, close);
    // Escapes and doubled quotes change the value; leave them to the full parse.
    if (name.includes('\\') || text[close + 1] === c) return undefined;
    span = { from: offset, to: close + 1, type: c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' };
    after = close + 1;
    while (after < end && text[after] === ' ') after++;
    if (text[after] !== ':') return undefined;
  } else {
    if (c === undefined || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) return undefined;
    let colon = offset;
    for (;;) {
      colon = text.indexOf(':', colon + 1);
      if (colon < 0 || colon >= end) return undefined;
      if (colon + 1 === end || text[colon + 1] === ' ') break;
    }
    let to = colon;
    while (to > offset && text[to - 1] === ' ') to--;
    name = text.slice(offset, to);
    if (name.includes(' #')) return undefined;
    // Plain keys that resolve to numbers, booleans or null print differently: only plain decimals are safe.
    if (/^[-+.~0-9]|^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(name) && !/^(?:0|[1-9][0-9]*)$/.test(name)) return undefined;
    span = { from: offset, to, type: 'PLAIN' };
    after = colon;
  }
  let value = after + 1;
  while (value < end && text[value] === ' ') value++;
  return { span, name, valueOffset: value === end || text[value] === '#' ? -1 : value };
}

/** Skips to the next line at or left of `column` (blank and comment lines skipped); -1 at the end. */
function nextAtOrLeft(lines: Lines, from: number, col: number): number {
  for (let i = from; i < lines.indents.length; i++) {
    const indent = lines.indents[i]!;
    if (indent >= 0 && indent <= col) return i;
  }
  return -1;
}

function mapChild(text: string, lines: Lines, at: At, name: string) {
  const col = column(lines, at);
  let found: { at: At; key: Span; column: number; inline: boolean } | undefined | typeof GIVE_UP;
  let line = at.line;
  let offset = at.offset;
  for (;;) {
    const key = keyAt(text, offset, lines.ends[line]!);
    if (!key) return GIVE_UP;
    let next = nextAtOrLeft(lines, line + 1, col);
    // An indentless sequence (`key:` then `- item` at the same column) belongs to this entry.
    while (next >= 0 && lines.indents[next] === col && isSeqItem(text, lines.starts[next]! + col, lines.ends[next]!)) {
      next = nextAtOrLeft(lines, next + 1, col);
    }
    if (key.name === name) found = valueOf(text, lines, line, key, col);
    if (next < 0 || lines.indents[next]! < col) return found;
    line = next;
    offset = lines.starts[line]! + col;
  }
}

/** Where a mapping entry's value starts: on the key's line, or on the next deeper (or indentless `- `) line. */
function valueOf(text: string, lines: Lines, line: number, key: Key, col: number) {
  if (key.valueOffset >= 0) return { at: { line, offset: key.valueOffset }, key: key.span, column: col, inline: true };
  const next = nextContent(lines, line + 1);
  if (next < 0) return GIVE_UP;
  const indent = lines.indents[next]!;
  const start = lines.starts[next]! + indent;
  if (indent > col || (indent === col && isSeqItem(text, start, lines.ends[next]!))) {
    return { at: { line: next, offset: start }, key: key.span, column: col, inline: false };
  }
  // An empty value is a null node whose range we do not model.
  return GIVE_UP;
}

// Lines of the items found so far in each block sequence (keyed by the offset of its first
// `-`): diagnostics on a 10,000-task plan would otherwise each rescan the task list from the top.
const itemLinesCache = new WeakMap<Lines, Map<number, number[]>>();

function seqChild(text: string, lines: Lines, at: At, index: number) {
  const col = column(lines, at);
  let known = itemLinesCache.get(lines);
  if (!known) itemLinesCache.set(lines, (known = new Map()));
  let items = known.get(at.offset);
  if (!items) known.set(at.offset, (items = [at.line]));
  while (items.length <= index) {
    const next = nextAtOrLeft(lines, items[items.length - 1]! + 1, col);
    if (next < 0 || lines.indents[next]! < col || !isSeqItem(text, lines.starts[next]! + col, lines.ends[next]!)) return undefined;
    items.push(next);
  }
  const line = items[index]!;
  const start = lines.starts[line]! + col;
  const end = lines.ends[line]!;
  if (!isSeqItem(text, start, end)) return GIVE_UP;
  let content = start + 1;
  while (content < end && text[content] === ' ') content++;
  if (content < end && text[content] !== '#') return { at: { line, offset: content }, column: col, inline: true };
  const next = nextContent(lines, line + 1);
  if (next < 0 || lines.indents[next]! <= col) return GIVE_UP;
  return { at: { line: next, offset: lines.starts[next]! + lines.indents[next]! }, column: col, inline: false };
}

/** A scalar wholly on its line (plain or quoted), with nothing deeper on the following lines. */
function scalarAt(text: string, lines: Lines, at: At, parentColumn: number): Span | undefined {
  const end = lines.ends[at.line]!;
  const c = text[at.offset];
  let span: Span;
  let rest: number;
  if (c === '"' || c === "'") {
    let i = at.offset + 1;
    for (;;) {
      if (i >= end) return undefined;
      const d = text[i];
      if (c === '"' && d === '\\') i += 2;
      else if (d === c && c === "'" && text[i + 1] === "'") i += 2;
      else if (d === c) break;
      else i++;
    }
    span = { from: at.offset, to: i + 1, type: c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' };
    rest = i + 1;
  } else {
    if (c === undefined || '-?:,[]{}#&*!|>%@`'.includes(c)) return undefined;
    let to = at.offset;
    while (to < end && !(text[to] === '#' && text[to - 1] === ' ')) to++;
    while (to > at.offset && text[to - 1] === ' ') to--;
    const value = text.slice(at.offset, to);
    if (value.includes(': ') || value.endsWith(':')) return undefined;
    span = { from: at.offset, to, type: 'PLAIN' };
    rest = to;
  }
  while (rest < end && text[rest] === ' ') rest++;
  if (rest < end && text[rest] !== '#') return undefined;
  // A deeper line after it would continue the scalar (or be an error): leave it to the full parse.
  for (let i = at.line + 1; i < lines.indents.length; i++) {
    if (lines.starts[i] === lines.ends[i]) continue;
    const indent = lines.indents[i]!;
    if (indent < 0) {
      // A comment line: deeper ones are ambiguous, shallower ones end nothing; look on.
      const spaces = text.slice(lines.starts[i], lines.ends[i]).search(/\S/);
      if (spaces > parentColumn) return undefined;
      continue;
    }
    if (indent > parentColumn) return undefined;
    break;
  }
  return span;
}
