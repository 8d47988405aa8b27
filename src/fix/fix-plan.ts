import { parseDocument } from 'yaml';
import { formatPlan } from '../fmt/format.js';
import { findSlips } from '../load/slips/index.js';
import { applyEdits } from './apply-edits.js';
import { chineseKeyEdits } from './rename-keys.js';

/** The kinds of change `plan lint --fix` makes, in the order its report lists them. */
export const fixKinds = ['yaml-fullwidth-colon', 'yaml-missing-space', 'yaml-fullwidth-space', 'yaml-tab-indent', 'yaml-fullwidth-dash', 'yaml-chinese-key'] as const;
export type FixKind = (typeof fixKinds)[number];

export type FixResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly counts: Readonly<Record<FixKind, number>>;
      /** plan fmt's layout changed the text. */
      readonly formatted: boolean;
      /** The layout was not applied: a folded value must be joined by hand first. */
      readonly layoutHeld: boolean;
    }
  /** Still not YAML after the repairs: nothing must be written. */
  | { readonly ok: false };

// Each round fixes what the scanner sees; a repair can reveal the next (a quote state ends), so a few rounds.
const MAX_ROUNDS = 4;

/**
 * The mechanical repairs of a plan's text: full-width colons, spaces and dashes used as YAML
 * syntax, tabs in the indent, then keys typed in Chinese where one English key fits, then
 * `plan fmt`'s layout. Values and comments are left as they are. Running it on its own result
 * changes nothing.
 */
export function fixPlan(original: string): FixResult {
  const bom = original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let text = bom ? original.slice(1) : original;
  const counts: Record<FixKind, number> = { 'yaml-fullwidth-colon': 0, 'yaml-missing-space': 0, 'yaml-fullwidth-space': 0, 'yaml-tab-indent': 0, 'yaml-fullwidth-dash': 0, 'yaml-chinese-key': 0 };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = findSlips(text).filter((slip) => slip.fix && (fixKinds as readonly string[]).includes(slip.code));
    if (fixable.length === 0) break;
    const { text: next, applied } = applyEdits(text, fixable.map((slip) => slip.fix!));
    fixable.forEach((slip, i) => {
      if (applied[i]) counts[slip.code as FixKind]++;
    });
    text = next;
  }

  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  if (document.errors.length > 0) return { ok: false };
  const renames = chineseKeyEdits(document.contents);
  counts['yaml-chinese-key'] = renames.length;
  text = applyEdits(text, renames).text;

  // plan fmt would write a folded value on one line, space included, and the warning about that
  // space would be gone with it: the layout waits until the user has joined the lines.
  if (findSlips(text).some((slip) => slip.code === 'yaml-folded-value')) return { ok: true, text: bom + text, counts, formatted: false, layoutHeld: true };
  const formatted = formatPlan(text);
  if (formatted.errors.length > 0) return { ok: false };
  return { ok: true, text: bom + formatted.text, counts, formatted: formatted.changed, layoutHeld: false };
}
