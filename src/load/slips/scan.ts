import { chineseKeyNames } from './chinese-key-names.js';
import { anyPlanKey } from './places.js';
import type { Edit, Slip } from './slip.js';

/*
 * A line scanner for the slips a Chinese input method makes in YAML syntax. It reads only what
 * stands where YAML expects syntax: the indentation, list dashes, and the key with its colon.
 * Text inside quotes, block scalars (| and >), flow collections and comments is skipped, so a
 * full-width colon in a title (会议：第一次) is never flagged. One pass, no parse; the YAML
 * parser remains the judge of everything else.
 */

const FULLWIDTH_COLON = '\uff1a'; // ：
const FULLWIDTH_SPACE = '\u3000'; // 　
const TAB = '\t';
/** Dashes an input method types for "-": full-width hyphen, em dash, en dash. */
const WRONG_DASHES = new Set(['\uff0d', '\u2014', '\u2013']); // － — –
/** Closing quotes an input method gives when the opening one was ASCII. */
const WIDE_CLOSERS = new Set(['\u201d', '\u2019', '\u300d']); // ” ’ 」
const ASCII_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Hanzi and Chinese punctuation: YAML's folding space between two of them is never wanted. */
const CJK = /[\u2014\u2026\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]/;

/** What the previous lines left open: later lines may belong to it rather than be syntax. */
type Open =
  /** A block scalar: lines indented past `parent` are its text. */
  | { readonly kind: 'block'; readonly parent: number }
  /** A plain value: lines indented past `parent` continue it (YAML joins them with a space). */
  | { readonly kind: 'plain'; readonly parent: number; readonly key: string; readonly last: string; readonly line: number }
  /** A quoted value not closed on its first line. */
  | { readonly kind: 'quote'; readonly parent: number; readonly quote: string; readonly opening: number; readonly wide: string | undefined }
  /** A flow collection ([ or {) not closed on its first line. */
  | { readonly kind: 'flow'; readonly parent: number; depth: number };

interface Line {
  readonly start: number;
  readonly text: string;
  /** Leading spaces, tabs and full-width spaces. */
  readonly indent: number;
  /** The indent's width as the user sees it (a tab or a full-width space counts two). */
  readonly width: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const body = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    let indent = 0;
    let width = 0;
    while (indent < body.length && (body[indent] === ' ' || body[indent] === TAB || body[indent] === FULLWIDTH_SPACE)) {
      width += body[indent] === ' ' ? 1 : 2;
      indent++;
    }
    lines.push({ start, text: body, indent, width });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Where an ASCII quote opened at `from` closes on this line (-1: it does not). */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Bracket depth change of a flow line, quotes skipped. */
function flowDepth(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(text, i + 1, c);
      if (end < 0) return depth;
      i = end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) return depth;
  }
  return depth;
}

/** The line without a trailing comment (a # after a space, outside quotes). */
function withoutComment(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '#' && (i === from || text[i - 1] === ' ' || text[i - 1] === TAB)) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

/** A line that YAML would read as `key:` (used to see where an unclosed quote ran over). */
function looksLikeKeyLine(text: string, at: number): boolean {
  return /^(?:- +)?(?:[^\s:#"'][^:#]*?):(?: |$)/.test(text.slice(at));
}

/** A key line, or one that would be but for a slipped colon or dash (to tell a mapping from a list of text). */
function looksLikeSiblingKey(text: string, at: number): boolean {
  const rest = text.slice(at);
  return looksLikeKeyLine(text, at) || /^(?:[-\uff0d\u2014\u2013][ \u3000]+)?(?:[^\s:#"'\uff1a][^:#\uff1a]*?\uff1a|[A-Za-z][A-Za-z0-9_-]*:\S)/.test(rest);
}

export function findSlips(text: string): Slip[] {
  const lines = splitLines(text);
  const slips: Slip[] = [];
  let open: Open | undefined;

  /** The next line that is neither blank nor a comment, for context. */
  const nextSyntaxLine = (i: number): Line | undefined => {
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.indent < l.text.length && l.text[l.indent] !== '#') return l;
    }
    return undefined;
  };

  const reportUnclosed = (o: Extract<Open, { kind: 'quote' }>): void => {
    slips.push({
      code: 'yaml-unclosed-quote',
      offset: o.opening,
      length: 1,
      message: o.wide ? 'slips.yaml-unclosed-quote.wide' : 'slips.yaml-unclosed-quote',
      data: o.wide ? { quote: o.quote, wide: o.wide } : { quote: o.quote },
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { text: body, indent } = line;
    const blank = indent === body.length;
    // Levels are compared in the columns the indent will have once repaired (see indentFix).
    const width = blank || line.width === indent ? line.width : indentFix(line, i);

    // Lines that belong to what an earlier line left open.
    if (open?.kind === 'block') {
      if (blank || width > open.parent) continue;
      open = undefined;
    }
    if (open?.kind === 'quote') {
      const close = closingQuote(body, 0, open.quote);
      if (close >= 0) {
        open = undefined;
        continue;
      }
      // A key at the quote's own level or left of it: the string ran over the next keys.
      if (blank || width > open.parent || !looksLikeKeyLine(body, indent)) continue;
      reportUnclosed(open);
      open = undefined;
    }
    if (open?.kind === 'flow') {
      open.depth += flowDepth(body, 0);
      if (open.depth <= 0) open = undefined;
      continue;
    }
    if (blank) {
      // A blank line inside a plain value is a line break, not a space: nothing to warn about.
      if (open?.kind === 'plain') open = { ...open, last: '' };
      continue;
    }
    if (body[indent] === '#') {
      // A comment line ends a plain value.
      if (open?.kind === 'plain') open = undefined;
      continue;
    }
    // A key line under a tabbed or full-width indent is a key gone astray, not more of the value.
    const strayKey = width !== indent && looksLikeKeyLine(body, indent);
    if (open?.kind === 'plain' && !strayKey) {
      if (width > open.parent) {
        // YAML folds this line into the value with a space; between two hanzi that space is a slip.
        const first = body[indent]!;
        const content = withoutComment(body, indent);
        if (CJK.test(open.last) && CJK.test(first)) {
          slips.push({
            code: 'yaml-folded-value',
            offset: line.start + indent,
            length: 1,
            message: open.key === '-' ? 'slips.yaml-folded-value.item' : 'slips.yaml-folded-value',
            data: { key: open.key, before: open.last, after: first },
          });
        }
        open = { ...open, last: content.slice(-1) };
        continue;
      }
    }
    const plainBefore = open?.kind === 'plain' ? open : undefined;
    open = undefined;
    const left = syntaxLine(line, i, plainBefore, width);
    open = left && width !== indent ? { ...left, parent: left.parent + width - indent } : left;
  }
  if (open?.kind === 'quote') reportUnclosed(open);
  return slips;

  /** A line where YAML expects syntax; returns what it leaves open. */
  function syntaxLine(line: Line, index: number, plainBefore: Extract<Open, { kind: 'plain' }> | undefined, width: number): Open | undefined {
    const { start, text: body, indent } = line;

    // 1. Indentation: tabs and full-width spaces, replaced by spaces in the fix (see indentFix).
    let wrong = 0;
    while (wrong < indent && body[wrong] === ' ') wrong++;
    if (wrong < indent) {
      const c = body[wrong]!;
      slips.push({
        code: c === TAB ? 'yaml-tab-indent' : 'yaml-fullwidth-space',
        offset: start + wrong,
        length: 1,
        message: c === TAB ? 'slips.yaml-tab-indent' : 'slips.yaml-fullwidth-space.indent',
        data: {},
        fix: { offset: start, length: indent, text: ' '.repeat(width) },
      });
    }

    // 2. List dashes, possibly several (`- - x`), each followed by a space.
    let at = indent;
    let dashed = false;
    let dashColumn = indent;
    for (;;) {
      const c = body[at];
      const after = body[at + 1];
      const isDash = c === '-' || (c !== undefined && WRONG_DASHES.has(c));
      if (!isDash || !(after === undefined || after === ' ' || after === FULLWIDTH_SPACE)) break;
      if (c !== '-') {
        // A lone — on a line, or one after a real dash (`- — 第二条`), is text, not a list item.
        if (after === undefined || dashed) break;
        slips.push({ code: 'yaml-fullwidth-dash', offset: start + at, length: 1, message: 'slips.yaml-fullwidth-dash', data: { dash: c! }, fix: { offset: start + at, length: 1, text: '-' } });
      }
      if (after === FULLWIDTH_SPACE) spaceSlip(start + at + 1, c === '-' ? '-' : c!);
      dashed = true;
      dashColumn = at;
      at += 1;
      while (body[at] === ' ' || body[at] === FULLWIDTH_SPACE) {
        if (body[at] === FULLWIDTH_SPACE && at > 0 && body[at - 1] !== '-' && !WRONG_DASHES.has(body[at - 1]!)) spaceSlip(start + at, '-');
        at++;
      }
    }
    if (at >= body.length || body[at] === '#') return undefined;
    // Document markers, directives and complex keys are YAML's own; the parser judges them.
    if (!dashed && /^(?:---|\.\.\.)(?:\s|$)|^%|^\?(?:\s|$)/.test(body.slice(at))) return undefined;
    const keyColumn = at;

    // 3. A value standing alone: a quoted or flow one, or a block scalar.
    // Its text goes on in lines indented past the dash (`- |`), or at its own column (a value on the line after its key).
    const alone = valueOpens(body, at, dashed ? dashColumn : indent - 1, start);
    if (alone !== 'plain') return alone;

    // 4. The key and its colon.
    const content = withoutComment(body, at);
    const ascii = asciiColon(content, at);
    const wide = content.indexOf(FULLWIDTH_COLON, at);
    if (ascii >= 0 && (wide < 0 || ascii < wide)) {
      const key = content.slice(at, ascii).trim();
      if (content[ascii + 1] === FULLWIDTH_SPACE) spaceSlip(start + ascii + 1, ':');
      return afterColon(body, content, ascii + 1, keyColumn, key, index, start);
    }
    if (wide >= 0) {
      const key = content.slice(at, wide).trimEnd();
      if (isKeyName(key, dashed, index, keyColumn)) {
        colonSlip(start + wide, content[wide + 1], key);
        return afterColon(body, content, wide + 1, keyColumn, key, index, start);
      }
    }

    // 5. A colon with no space after it (`title:会议`): YAML reads one word, not a key.
    const tight = /^([A-Za-z][A-Za-z0-9_-]*):(?=[^\s:])/.exec(content.slice(at));
    if (tight && anyPlanKey.has(tight[1]!) && inMapping(index, keyColumn, dashed)) {
      const colon = start + at + tight[1]!.length;
      slips.push({ code: 'yaml-missing-space', offset: colon, length: 1, message: 'slips.yaml-missing-space', data: { key: tight[1]! }, fix: { offset: colon + 1, length: 0, text: ' ' } });
      return afterColon(body, content, at + tight[1]!.length + 1, keyColumn, tight[1]!, index, start);
    }

    // 6. No colon at all: a key that lost it, or the rest of the previous line's value.
    const missing = /^([A-Za-z][A-Za-z0-9_-]*|[\u3400-\u9fff]+)[ \u3000]+(\S.*)$/.exec(content.slice(at));
    const name = missing?.[1];
    if (name && (anyPlanKey.has(name) || Object.hasOwn(chineseKeyNames, name)) && inMapping(index, keyColumn, dashed)) {
      const key = missing[1]!;
      slips.push({ code: 'yaml-missing-colon', offset: start + at + key.length, length: 1, message: 'slips.yaml-missing-colon', data: { key } });
      return undefined;
    }
    if (plainBefore && !dashed && keyColumn + width - indent <= plainBefore.parent) {
      slips.push({
        code: 'yaml-broken-value',
        offset: start + at,
        length: 1,
        message: 'slips.yaml-broken-value',
        data: { key: plainBefore.key, line: String(plainBefore.line + 1) },
      });
      return undefined;
    }
    // A plain list item (`- 核实日期`) may continue on the next lines, like a value.
    return dashed ? { kind: 'plain', parent: dashColumn, key: '-', last: content.slice(-1), line: index } : undefined;
  }

  /** `title：会议` → `title: 会议`; an existing space after the colon is kept as it is. */
  function colonSlip(offset: number, next: string | undefined, key: string): void {
    const fix: Edit =
      next === undefined || next === ' ' || next === ',' || next === '}' ? { offset, length: 1, text: ':' }
      : next === FULLWIDTH_SPACE ? { offset, length: 2, text: ': ' }
      : { offset, length: 1, text: ': ' };
    slips.push({ code: 'yaml-fullwidth-colon', offset, length: 1, message: 'slips.yaml-fullwidth-colon', data: { key }, fix });
  }

  /** Keys of a flow mapping on one line (`{ id：x, title: 会议 }`): a full-width colon right after an ASCII key. */
  function flowColons(body: string, from: number, start: number): void {
    const brackets: string[] = [];
    for (let i = from; i < body.length; i++) {
      const c = body[i]!;
      if (c === '"' || c === "'") {
        const end = closingQuote(body, i + 1, c);
        if (end < 0) return;
        i = end;
      } else if (c === '#' && body[i - 1] === ' ') {
        return;
      } else if (c === '[' || c === '{') {
        brackets.push(c);
      } else if (c === ']' || c === '}') {
        brackets.pop();
      }
      if ((c !== '{' && c !== ',') || brackets[brackets.length - 1] !== '{') continue;
      let k = i + 1;
      while (body[k] === ' ') k++;
      const key = /^[A-Za-z][A-Za-z0-9_-]*(?=\uff1a)/.exec(body.slice(k, k + 65))?.[0];
      if (key) colonSlip(start + k + key.length, body[k + key.length + 1], key);
    }
  }

  function spaceSlip(offset: number, mark: string): void {
    slips.push({ code: 'yaml-fullwidth-space', offset, length: 1, message: 'slips.yaml-fullwidth-space.separator', data: { mark }, fix: { offset, length: 1, text: ' ' } });
  }

  /** What the value after a key's colon leaves open. */
  function afterColon(body: string, content: string, from: number, keyColumn: number, key: string, index: number, start: number): Open | undefined {
    let at = from;
    while (body[at] === ' ' || body[at] === FULLWIDTH_SPACE || body[at] === TAB) at++;
    if (at >= content.length) return undefined;
    const opens = valueOpens(body, at, keyColumn, start);
    if (opens !== 'plain') return opens;
    if (body[at] === '&' || body[at] === '*' || body[at] === '!') return undefined;
    return { kind: 'plain', parent: keyColumn, key, last: content.slice(-1), line: index };
  }

  /** A quoted, flow or block value starting at `at`: what it leaves open; 'plain' otherwise. */
  function valueOpens(body: string, at: number, parent: number, start: number): Open | undefined | 'plain' {
    const c = body[at];
    if (c === '"' || c === "'") {
      if (closingQuote(body, at + 1, c) >= 0) return undefined;
      const wide = [...body.slice(at + 1)].find((x) => WIDE_CLOSERS.has(x));
      return { kind: 'quote', parent, quote: c, opening: start + at, wide };
    }
    if (c === '[' || c === '{') {
      flowColons(body, at, start);
      const depth = flowDepth(body, at);
      return depth > 0 ? { kind: 'flow', parent, depth } : undefined;
    }
    if ((c === '|' || c === '>') && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(body.slice(at))) return { kind: 'block', parent };
    return 'plain';
  }

  /**
   * Text before a full-width colon that is a key: an ASCII name, or a Chinese key name from the
   * table. A Chinese word in a list item (`- 注意：核实日期`) is text unless the next line goes on
   * with keys of the same item.
   */
  function isKeyName(key: string, dashed: boolean, index: number, column: number): boolean {
    if (ASCII_KEY.test(key)) return !dashed || anyPlanKey.has(key) || inMapping(index, column, true);
    if (!Object.hasOwn(chineseKeyNames, key)) return false;
    return !dashed || inMapping(index, column, true);
  }

  /** The line at `column` sits among keys: the next syntax line is a key at that same column. */
  function inMapping(index: number, column: number, dashed: boolean): boolean {
    const next = nextSyntaxLine(index);
    const sibling = next !== undefined && next.indent === column && looksLikeSiblingKey(next.text, next.indent);
    if (sibling || dashed) return sibling;
    const previous = previousSyntaxLine(index);
    return previous !== undefined && previous.indent === column && looksLikeSiblingKey(previous.text, previous.indent);
  }

  function previousSyntaxLine(i: number): Line | undefined {
    for (let j = i - 1; j >= 0; j--) {
      const l = lines[j]!;
      if (l.indent < l.text.length && l.text[l.indent] !== '#') return l;
    }
    return undefined;
  }

  /**
   * How many spaces a tabbed or full-width indent stands for. Between two lines of the same level
   * (the previous line's key and the next line start at one column) it is that column; a list
   * item whose next line holds its next key puts its own key at that key's column; otherwise a
   * tab counts as one level (two spaces) and a full-width space as the two columns it covers.
   */
  function indentFix(line: Line, index: number): number {
    const previous = previousSyntaxLine(index);
    const next = nextSyntaxLine(index);
    if (previous && next && spacesOnly(previous) && spacesOnly(next) && keyColumnOf(previous) === next.indent) return next.indent;
    const dashes = dashPrefix(line.text, line.indent);
    if (dashes > 0 && next && spacesOnly(next) && next.indent > dashes && looksLikeSiblingKey(next.text, next.indent)) return next.indent - dashes;
    let width = 0;
    for (let k = 0; k < line.indent; k++) width += line.text[k] === ' ' ? 1 : 2;
    return width;
  }
}

/** How many characters of list dashes (right or wrong) and their spaces open the text at `at`. */
function dashPrefix(text: string, at: number): number {
  let k = at;
  while ((text[k] === '-' || WRONG_DASHES.has(text[k]!)) && (text[k + 1] === ' ' || text[k + 1] === FULLWIDTH_SPACE)) {
    k += 1;
    while (text[k] === ' ' || text[k] === FULLWIDTH_SPACE) k++;
  }
  return k - at;
}

function spacesOnly(line: Line): boolean {
  for (let k = 0; k < line.indent; k++) if (line.text[k] !== ' ') return false;
  return true;
}

/** Where a line's key (or value) starts, past its indent and list dashes. */
function keyColumnOf(line: Line): number {
  let at = line.indent;
  while (line.text[at] === '-' && line.text[at + 1] === ' ') {
    at += 1;
    while (line.text[at] === ' ') at++;
  }
  return at;
}

/** The first `:` that ends a key: followed by a space, a tab, a full-width space or the line's end. */
function asciiColon(content: string, from: number): number {
  for (let i = content.indexOf(':', from); i >= 0; i = content.indexOf(':', i + 1)) {
    const next = content[i + 1];
    if (next === undefined || next === ' ' || next === TAB || next === FULLWIDTH_SPACE) return i;
  }
  return -1;
}
