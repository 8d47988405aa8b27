import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { rank, type MappingKind } from './order.js';

export interface FormatResult {
  /** The formatted text; equal to the input when there was nothing to change or it did not parse. */
  readonly text: string;
  readonly changed: boolean;
  /** YAML errors that stopped formatting (a file that does not parse is left as it is). */
  readonly errors: readonly string[];
}

function keyOf(pair: { key: unknown }): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Stable sort of a mapping's pairs by rank; comments and blank lines travel with their pair. */
function sortMap(map: YAMLMap, kind: MappingKind): void {
  const indexed = map.items.map((pair, i) => ({ pair, i, r: rank(kind, keyOf(pair)) }));
  indexed.sort((a, b) => a.r - b.r || a.i - b.i);
  // A comment above the first key belongs to the mapping's position, not to that key: keep it first.
  const first = map.items[0];
  const sorted = indexed.map((x) => x.pair);
  if (first && sorted[0] !== first && isScalar(first.key) && first.key.commentBefore) {
    const lead = sorted[0]!;
    if (isScalar(lead.key) && !lead.key.commentBefore) {
      lead.key.commentBefore = first.key.commentBefore;
      first.key.commentBefore = null;
    }
  }
  map.items = sorted;
}

function child(map: YAMLMap, key: string): unknown {
  return map.items.find((p) => keyOf(p) === key)?.value;
}

function eachMap(seq: unknown, visit: (m: YAMLMap) => void): void {
  if (!isSeq(seq)) return;
  for (const item of seq.items) if (isMap(item)) visit(item);
}

/** Walks the plan's known structure and orders each mapping by its kind. */
function orderDocument(doc: Document): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  sortMap(root, 'root');
  const plan = child(root, 'plan');
  if (isMap(plan)) sortMap(plan, 'plan');
  const units = child(root, 'units');
  if (isMap(units)) for (const pair of units.items) if (isMap(pair.value)) sortMap(pair.value, 'unit');
  eachMap(child(root, 'phases'), (phase) => {
    sortMap(phase, 'phase');
    eachMap(child(phase, 'tasks'), (task) => {
      sortMap(task, 'task');
      eachMap(child(task, 'events'), (event) => sortMap(event, 'event'));
    });
  });
  eachMap(child(root, 'measures'), (measure) => sortMap(measure, 'measure'));
  const calendar = child(root, 'calendar');
  if (isMap(calendar)) {
    sortMap(calendar, 'calendar');
    for (const key of ['holidays', 'workdays']) eachMap(child(calendar, key), (day) => sortMap(day, 'calendarDay'));
  }
}

/**
 * The canonical layout of a plan: keys in contract order, 2-space indentation, sequences
 * indented under their key. Comments, blank lines, quoting and scalar styles are kept, and long
 * scalars are never folded (lineWidth 0): every value stays byte-identical.
 */
export function formatPlan(text: string): FormatResult {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const doc = parseDocument(bom ? text.slice(1) : text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { text, changed: false, errors: doc.errors.map((e) => e.message.split('\n')[0]!) };
  orderDocument(doc);
  const out =
    bom +
    doc.toString({
      indent: 2,
      indentSeq: true,
      lineWidth: 0,
      minContentWidth: 0,
      flowCollectionPadding: true,
    });
  return { text: out, changed: out !== text, errors: [] };
}
