import type { Diagnostic, PlanPath } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Language } from '../i18n/language.js';
import { quotedList, t } from '../i18n/messages.js';
import type { RawUnitRefs } from '../validate/raw-plan.js';
import type { UnitIndex } from './unit-index.js';

/** One reference as written, with its UTF-16 offset inside the string it came from. */
interface Piece {
  readonly text: string;
  readonly offset: number;
}

// Separators between units in document style. 、 is the list comma; some drafts use , ; or 及/和.
const SEPARATORS = new Set(['、', ',', ',', ';', ';', '/', ' ', '\u3000']);
const OPEN = '((〔[【';
const CLOSE = '))〕]】';
const CONJUNCTIONS = ['以及', '及', '和', '与'];

/**
 * Splits `组织、纪检、宣传条线` into its pieces. Parentheses protect their content, so
 * `各县(市、区)人民政府` stays one unit.
 */
export function splitUnitList(text: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) pieces.push({ text: trimmed, offset: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(c)) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return pieces;
}

/** Tries the piece as written, then split at a conjunction (宣传及组织条线). */
function splitConjunction(piece: Piece): Piece[] {
  for (const word of CONJUNCTIONS) {
    const at = piece.text.indexOf(word);
    if (at > 0 && at + word.length < piece.text.length) {
      return [
        { text: piece.text.slice(0, at), offset: piece.offset },
        { text: piece.text.slice(at + word.length), offset: piece.offset + at + word.length },
      ];
    }
  }
  return [piece];
}

export interface ResolvedRefs {
  readonly ids: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Resolves lead/support references to unit ids. A string in document style shares the last
 * item's suffix with the bare stems before it (党政、宣传条线 → 党政条线, 宣传条线): the suffix
 * is found by trying the last item's endings against the declared names, so any roster works.
 */
export function resolveUnitRefs(refs: RawUnitRefs | undefined, index: UnitIndex, path: PlanPath, language: Language = 'en'): ResolvedRefs {
  const ids: string[] = [];
  const diagnostics: Diagnostic[] = [];
  if (refs === undefined) return { ids, diagnostics };
  const entries: { text: string; path: PlanPath }[] =
    typeof refs === 'string' ? [{ text: refs, path }] : refs.map((text, i) => ({ text, path: [...path, i] }));
  for (const entry of entries) {
    const whole = index.byKey.get(entry.text.trim());
    if (whole) {
      if (!ids.includes(whole.id)) ids.push(whole.id);
      continue;
    }
    const pieces = splitUnitList(entry.text).flatMap((p) => (index.byKey.has(p.text) ? [p] : splitConjunction(p)));
    const suffixes = sharedSuffixes(pieces, index);
    for (const piece of pieces) {
      const unit = index.byKey.get(piece.text) ?? suffixes.map((s) => index.byKey.get(piece.text + s)).find((u) => u !== undefined);
      if (unit) {
        if (!ids.includes(unit.id)) ids.push(unit.id);
        continue;
      }
      diagnostics.push(unknownUnit(piece, entry.text, entry.path, index, language));
    }
  }
  return { ids, diagnostics };
}

/** Endings of the last piece that turn some earlier stem into a declared unit name. */
function sharedSuffixes(pieces: readonly Piece[], index: UnitIndex): string[] {
  const last = pieces[pieces.length - 1];
  if (!last || pieces.length < 2) return [];
  const chars = [...last.text];
  const found: string[] = [];
  // Longest ending first: 宣传条线 offers 传条线, 条线, 线.
  for (let cut = 1; cut < chars.length; cut++) {
    const suffix = chars.slice(cut).join('');
    if (pieces.some((p) => p !== last && index.byKey.has(p.text + suffix))) found.push(suffix);
  }
  return found;
}

function unknownUnit(piece: Piece, written: string, path: PlanPath, index: UnitIndex, language: Language): Diagnostic {
  const suggestions = didYouMean(piece.text, index.byKey.keys());
  const names = suggestions.map((s) => {
    const unit = index.byKey.get(s)!;
    return s === unit.name ? s : language === 'zh' ? `${s}(${unit.name})` : `${s} (${unit.name})`;
  });
  return {
    code: 'unknown-unit',
    stage: 'resolve',
    severity: 'error',
    path,
    valueRange: { offset: written.indexOf(piece.text) >= 0 ? piece.offset : 0, length: piece.text.length },
    message:
      names.length > 0
        ? t(language, 'unknown-unit.suggest', { unit: piece.text, names: quotedList(language, names) })
        : t(language, 'unknown-unit.declare', { unit: piece.text }),
    suggestions,
  };
}
