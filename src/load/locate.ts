import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { PlanPath, SourceSpan, ValueRange } from '../diagnostics/diagnostic.js';
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

/**
 * Maps a diagnostic path to a source span: the value node, or the key for unknown keys;
 * a missing path falls back to the closest existing ancestor. `valueRange` narrows the span
 * to a part of a scalar (the unreadable part of a date expression).
 */
export function locate(source: SourceFile, path: PlanPath, options: { atKey?: boolean; valueRange?: ValueRange } = {}): SourceSpan {
  const found = find(source, path);
  const fallback = { file: source.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!found) return fallback;
  let target: Node = found.node;
  if (found.pair && (options.atKey || !found.exact) && found.pair.key && (found.pair.key as Node).range) {
    target = found.pair.key as Node;
  }
  const range = target.range;
  if (!range) return fallback;
  let [from, to] = [range[0], range[1]];
  if (options.valueRange && found.exact && !options.atKey && isScalar(target)) {
    const quoted = target.type === 'QUOTE_DOUBLE' || target.type === 'QUOTE_SINGLE';
    // Block scalars and escaped quoted strings do not map 1:1 to the value; keep the whole node.
    const verbatim = target.type === 'PLAIN' || (quoted && !source.text.slice(range[0], range[1]).includes('\\'));
    if (verbatim) {
      from = range[0] + (quoted ? 1 : 0) + options.valueRange.offset;
      to = from + Math.max(1, options.valueRange.length);
    }
  }
  return { file: source.path, start: positionAt(source, from), end: positionAt(source, Math.max(to, from)) };
}
