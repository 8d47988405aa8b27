import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PlanPath } from '../diagnostics/diagnostic.js';
import { englishKeysFor, placeOf, type Edit } from '../load/slips/index.js';

const HAN = /[\u3400-\u9fff]/;

/**
 * Edits renaming keys typed in Chinese to their English key, where that is unambiguous: the
 * place (a task, a phase…) leaves exactly one key the name can mean, and the mapping has no such
 * key yet. `时间` in a task (when, due or at?) and `责任单位` (lead or support?) stay as they are.
 */
export function chineseKeyEdits(root: Node | null): Edit[] {
  const edits: Edit[] = [];
  const walk = (node: unknown, path: PlanPath): void => {
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    if (!isMap(node)) return;
    const place = placeOf(path);
    const keys = new Set(node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const english = place && HAN.test(name) ? englishKeysFor(name.trim(), place) : [];
      const range = pair.key.range;
      if (english.length === 1 && !keys.has(english[0]!) && range) {
        edits.push({ offset: range[0], length: range[1] - range[0], text: english[0]! });
        keys.add(english[0]!);
        walk(pair.value, [...path, english[0]!]);
      } else {
        walk(pair.value, [...path, name]);
      }
    }
  };
  walk(root, []);
  return edits;
}
