import { isMap, isPair, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import type { IsoDate } from '../model/plan.js';

/** One entry as `plan progress` writes it: the words a progress file holds, already chosen. */
export interface NewEntry {
  readonly task: string;
  readonly date: IsoDate;
  /** The state as written (the Chinese word). */
  readonly state: string;
  readonly percent?: number;
  readonly note?: string;
  /** The unit as written (its name), when the file is not that unit's own. */
  readonly unit?: string;
}

/** What a new progress file starts with. */
export interface NewFile {
  /** The `$schema=` target, relative to the file. */
  readonly schema: string;
  readonly plan: string;
  /** The file's own unit (`<plan>.progress/<unit>.yaml`). */
  readonly unit?: string;
}

/**
 * The text of a progress file with one more entry, appended as text so that every comment, blank
 * line and the file's own layout stay as they were (re-serialising would lose them). The entry
 * takes the style of the entries already there: a block mapping per entry, or a one-line
 * `{ … }` mapping when the file writes them so. A file that does not exist yet (`existing`
 * undefined) starts with the schema comment, `plan:` and (per-unit files) `unit:`.
 */
export function appendEntry(existing: string | undefined, entry: NewEntry, file: NewFile): string {
  if (existing === undefined || existing.trim() === '') {
    const head = [`# yaml-language-server: $schema=${file.schema}`, `plan: ${scalar(file.plan)}`, ...(file.unit ? [`unit: ${scalar(file.unit)}`] : []), 'entries:'];
    return `${head.join('\n')}\n${block(entry, '  ')}`;
  }
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const text = existing.endsWith('\n') ? existing : `${existing}${eol}`;
  const document = parseDocument(text, { keepSourceTokens: false });
  const root = document.contents;
  const pair = isMap(root) ? (root.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'entries') as Pair | undefined) : undefined;
  const seq = pair?.value;
  if (!pair || seq === null || seq === undefined || (isScalar(seq) && (seq.value === null || seq.value === ''))) {
    // No entries yet (`entries:` empty, or no key at all): start the list at the end of the file.
    const withoutEmptyKey = pair && isScalar(seq) && seq.range ? cutKey(text, pair) : text;
    return withEol(`${withoutEmptyKey}entries:\n${block(entry, '  ')}`, eol);
  }
  if (!isSeq(seq) || !seq.range) return withEol(`${text}${block(entry, '  ')}`, eol); // the loader will say what is wrong
  if (seq.flow) {
    // `entries: []` or `entries: [ {…}, … ]`: add a one-line mapping before the closing bracket.
    const close = text.lastIndexOf(']', seq.range[1]);
    const before = text.slice(0, close).trimEnd();
    const separator = seq.items.length > 0 ? ', ' : '';
    return `${before}${separator}${flow(entry)}${text.slice(close)}`;
  }
  const first = seq.items[0];
  const firstRange = (first as { range?: readonly [number, number, number] } | undefined)?.range;
  const firstStart = firstRange ? firstRange[0] : seq.range[0];
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const dashIndent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const oneLine = isMap(first) && first.flow;
  const item = oneLine ? `${dashIndent}- ${flow(entry)}\n` : block(entry, dashIndent);
  // After the list: at the end of the file when the list is the last thing in it (comments after it included), else right after the last item.
  const last = isMap(root) && root.items.at(-1) === pair;
  const at = last ? text.length : text.indexOf('\n', seq.range[1] - 1) + 1 || text.length;
  return withEol(`${text.slice(0, at)}${item}${text.slice(at)}`, eol);
}

function cutKey(text: string, pair: Pair): string {
  const key = pair.key as { range?: [number, number, number] } | null;
  const start = key?.range ? text.lastIndexOf('\n', key.range[0] - 1) + 1 : text.length;
  const end = text.indexOf('\n', start);
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 1));
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

function fields(entry: NewEntry): [string, string][] {
  return [
    ['task', scalar(entry.task)],
    ['date', entry.date],
    ['state', scalar(entry.state)],
    ...(entry.percent !== undefined ? [['percent', String(entry.percent)] as [string, string]] : []),
    ...(entry.note !== undefined ? [['note', scalar(entry.note)] as [string, string]] : []),
    ...(entry.unit !== undefined ? [['unit', scalar(entry.unit)] as [string, string]] : []),
  ];
}

/** `  - task: …` then one indented line per field. */
function block(entry: NewEntry, dashIndent: string): string {
  return fields(entry)
    .map(([key, value], i) => `${i === 0 ? `${dashIndent}- ` : `${dashIndent}  `}${key}: ${value}\n`)
    .join('');
}

function flow(entry: NewEntry): string {
  return `{ ${fields(entry)
    .map(([key, value]) => `${key}: ${/[,{}[\]]/.test(value) && !value.startsWith('"') ? JSON.stringify(value) : value}`)
    .join(', ')} }`;
}

/** A plain YAML scalar when it reads back as the same string; double-quoted otherwise. */
function scalar(text: string): string {
  const plain =
    text !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|:$|\s$|[\n\r\t]/.test(text) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan))$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
