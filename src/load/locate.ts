import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { PlanPath, SourceSpan, ValueRange } from '../diagnostics/diagnostic.js';
import { fastFind } from './fast-locate.js';
import { positionAt, type SourceFile } from './source-file.js';

interface Found {
  readonly node: Node;
  /** The pair holding `node`, when it is a mapping value (to point at its key). */
  readonly pair?: Pair;
  /** True when the full path exists; false when we fell back to the closest ancestor. */
  readonly exact: boolean;
}

/** Walks a PlanPath through the YAML tree; the last duplicate key wins, as in the data. */
function find(source: SourceFile, path: PlanPath): Found | undefined {
  let node = source.document.contents as Node | null;
  if (!node) return undefined;
  let pair: Pair | undefined;
  for (const segment of path) {
    let next: Node | undefined;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      for (const item of node.items) {
        const key = isScalar(item.key) ? item.key.value : item.key;
        if (String(key) === String(segment)) {
          nextPair = item;
          next = (item.value as Node | null) ?? (item.key as Node);
        }
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item && !isPair(item)) next = item as Node;
    }
    if (!next) return { node, ...(pair ? { pair } : {}), exact: false };
    node = next;
    pair = nextPair;
  }
  return { node, ...(pair ? { pair } : {}), exact: true };
}

type LocateOptions = { atKey?: boolean; valueRange?: ValueRange };

/**
 * Maps a diagnostic path to a source span: the value node, or the key for unknown keys;
 * a missing path falls back to the closest existing ancestor. `valueRange` narrows the span
 * to a part of a scalar (the unreadable part of a date expression). Simple paths are read off
 * the lines; the rest (and only then) builds the full YAML document.
 */
export function locate(source: SourceFile, path: PlanPath, options: LocateOptions = {}): SourceSpan {
  return locateFast(source, path, options) ?? locateFull(source, path, options);
}

/** The line-based locator alone: undefined where it cannot be sure to agree with locateFull. */
export function locateFast(source: SourceFile, path: PlanPath, options: LocateOptions = {}): SourceSpan | undefined {
  const target = fastFind(source, path, options.atKey === true);
  if (!target) return undefined;
  return spanOf(source, target.from, target.to, target.type, target.exact && !target.isKey ? options.valueRange : undefined);
}

/** The locator over the full `yaml` document. */
export function locateFull(source: SourceFile, path: PlanPath, options: LocateOptions = {}): SourceSpan {
  const found = find(source, path);
  const fallback = { file: source.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!found) return fallback;
  let target: Node = found.node;
  if (found.pair && (options.atKey || !found.exact) && found.pair.key && (found.pair.key as Node).range) {
    target = found.pair.key as Node;
  }
  const range = target.range;
  if (!range) return fallback;
  const narrow = options.valueRange && found.exact && !options.atKey && isScalar(target) ? options.valueRange : undefined;
  return spanOf(source, range[0], range[1], isScalar(target) ? target.type : undefined, narrow);
}

function spanOf(source: SourceFile, start: number, end: number, type: string | null | undefined, valueRange: ValueRange | undefined): SourceSpan {
  let [from, to] = [start, end];
  if (valueRange) {
    const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
    // Block scalars and escaped quoted strings do not map 1:1 to the value; keep the whole node.
    const verbatim = type === 'PLAIN' || (quoted && !source.text.slice(start, end).includes('\\'));
    if (verbatim) {
      from = start + (quoted ? 1 : 0) + valueRange.offset;
      to = from + Math.max(1, valueRange.length);
    }
  }
  return { file: source.path, start: positionAt(source, from), end: positionAt(source, Math.max(to, from)) };
}
