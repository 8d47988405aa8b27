import { looksLikeUnit, splitUnitList } from '../unit-names.js';
import { headerView } from './header-view.js';

/**
 * Unit cells. A cell lists its units one per line, or on one line joined by 、，； (which
 * splitUnitList reads, keeping 各县(市、区)人民政府 whole), or — in text pasted from a PDF —
 * separated by spaces; spaces split only when every piece is a unit name, so a name written with
 * a space inside (`市 发改委`) is not cut.
 */
export function unitNames(cell: string): string[] {
  const names: string[] = [];
  for (const line of cell.split(/\n+/)) {
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const pieces = trimmed.split(/[\s\u3000]+/);
    const lists = pieces.length > 1 && pieces.every(looksLikeUnit) ? pieces : [trimmed];
    for (const list of lists) for (const name of splitUnitList(list)) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** `同上`, `同上一项`, `〃`: the cell repeats the one above it. */
export function isSameAsAbove(cell: string): boolean {
  return /^(同上(一项|项|一行|行)?|同前|〃|″|"|ditto)$/i.test(headerView(cell));
}

/** Appends names not yet listed. */
export function addNames(into: string[], names: readonly string[]): void {
  for (const n of names) if (!into.includes(n)) into.push(n);
}
