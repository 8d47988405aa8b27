import { formatNumber } from './number-format.js';
import type { Styles } from './styles.js';
import { attr, child, childVal, children, int, isOn, type XmlElement } from './xml.js';

/**
 * Word's automatic numbering, rebuilt: numbering.xml says how each list level looks (`w:lvlText`
 * such as `%1、` or `（%2）`, `w:numFmt`, `w:start`); the counts themselves are nowhere in the file,
 * so they are counted here paragraph by paragraph, in document order, the way Word does.
 *
 * How Word counts, as implemented:
 * - `w:num` elements (the numIds paragraphs point at) that share an `w:abstractNum` share one set
 *   of counters, so a list split into several numIds keeps counting. A `w:num` with
 *   `w:lvlOverride/w:startOverride` (Word's "restart numbering") sets its levels back to the
 *   override's value when a paragraph first refers to it (ECMA-376 17.9.27); later numIds of the
 *   same abstractNum go on from there. LibreOffice writes exactly that — a restart as a num with
 *   an override, the next items as a further num without one — and reads it back as 1., 2.
 * - When a level is used, every deeper level restarts, except a level whose `w:lvlRestart`
 *   says otherwise (0 = never; n = only when level n or a shallower one is used).
 * - Paragraphs that are not in the list (a heading between two items) do not touch the counts,
 *   so a list goes on after them.
 * - `%N` in the text is level N's current count in level N's own format (decimal under `w:isLgl`);
 *   a shallower level not used yet shows its start value.
 *
 * Checked against LibreOffice 7's own text export of the same files: it agrees on all of this
 * except three points where this code follows the specification and Word rather than LibreOffice:
 * LibreOffice ignores `w:isLgl` and `w:lvlRestart w:val="0"`, and does not restart at the `w:start`
 * of a whole `w:lvl` given in a `w:lvlOverride` (treated here like a startOverride).
 *
 * Bullets get no label: a bullet is not a number, and Word's bullet characters are usually
 * private-use code points of the Symbol or Wingdings fonts (U+F0B7), meaningless as text.
 * The label is the number text only, without the tab or space Word puts after it (`w:suff`).
 */

interface Level {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText?: string;
  /** `w:lvlRestart`: undefined = restart after any shallower level; 0 = never; n = after level n (1-based) or shallower. */
  readonly restart?: number;
  readonly isLgl: boolean;
  /** The paragraph style tied to this level (`w:pStyle`), for paragraphs numbered through their style. */
  readonly pStyle?: string;
}

interface AbstractNum {
  readonly levels: ReadonlyMap<number, Level>;
  /** `w:numStyleLink`: the definition lives in the numbering style of that name. */
  readonly numStyleLink?: string;
}

interface Num {
  readonly abstractNumId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

function readLevel(lvl: XmlElement): Level {
  const start = int(childVal(lvl, 'start'));
  const lvlText = childVal(lvl, 'lvlText');
  const restart = int(childVal(lvl, 'lvlRestart'));
  const pStyle = childVal(lvl, 'pStyle');
  return {
    // ECMA-376 gives 0 as the default start; Word always writes w:start, so this rarely matters.
    start: start ?? 0,
    numFmt: childVal(lvl, 'numFmt') ?? 'decimal',
    ...(lvlText !== undefined && { lvlText }),
    ...(restart !== undefined && { restart }),
    isLgl: isOn(child(lvl, 'isLgl')),
    ...(pStyle !== undefined && { pStyle }),
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(parent, 'lvl')) levels.set(int(attr(lvl, 'ilvl')) ?? 0, readLevel(lvl));
  return levels;
}

/** One list instance's counts: index = level (0–8); undefined = not used since its last restart. */
type Counters = (number | undefined)[];

export class Numbering {
  private readonly abstractNums = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, Counters>();
  /** numIds already referred to: their start overrides have been applied. */
  private readonly seen = new Set<string>();
  private readonly styles: Styles;

  constructor(xml: string | undefined, parse: (text: string) => XmlElement, styles: Styles) {
    this.styles = styles;
    if (!xml) return;
    const root = parse(xml);
    for (const abstractNum of children(root, 'abstractNum')) {
      const id = attr(abstractNum, 'abstractNumId');
      if (id === undefined) continue;
      const numStyleLink = childVal(abstractNum, 'numStyleLink');
      this.abstractNums.set(id, { levels: readLevels(abstractNum), ...(numStyleLink !== undefined && { numStyleLink }) });
    }
    for (const num of children(root, 'num')) {
      const id = attr(num, 'numId');
      const abstractNumId = childVal(num, 'abstractNumId');
      if (id === undefined || abstractNumId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const override of children(num, 'lvlOverride')) {
        const ilvl = int(attr(override, 'ilvl')) ?? 0;
        const start = int(childVal(override, 'startOverride'));
        if (start !== undefined) startOverrides.set(ilvl, start);
        const lvl = child(override, 'lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstractNumId, startOverrides, levelOverrides });
    }
  }

  /**
   * The abstractNum a num uses, following `w:numStyleLink` to the numbering style's own num
   * (lists defined as a "list style" in Word store their levels there).
   */
  private abstractNumOf(num: Num): { id: string; abstractNum: AbstractNum } | undefined {
    let id = num.abstractNumId;
    for (let hops = 0; hops < 5; hops++) {
      const abstractNum = this.abstractNums.get(id);
      if (!abstractNum) return undefined;
      if (abstractNum.levels.size > 0 || abstractNum.numStyleLink === undefined) return { id, abstractNum };
      const linkedNumId = this.styles.resolve(abstractNum.numStyleLink).numPr?.numId;
      const linked = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId);
      if (!linked) return { id, abstractNum };
      id = linked.abstractNumId;
    }
    return undefined;
  }

  /**
   * Counts one numbered paragraph and returns its label (`一、`, `（二）`, `3.`), or undefined for
   * a bullet, an unknown list, or a level without text. `numId` "0" means "not numbered".
   * `ilvl` undefined: the level is the one tied to `styleId`, else 0.
   */
  next(numId: string, ilvl: number | undefined, styleId?: string): string | undefined {
    if (numId === '0') return undefined;
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const found = this.abstractNumOf(num);
    if (!found) return undefined;
    const levelOf = (i: number): Level | undefined => num.levelOverrides.get(i) ?? found.abstractNum.levels.get(i);
    let level = ilvl;
    if (level === undefined && styleId !== undefined) {
      for (const [i, def] of found.abstractNum.levels) if (def.pStyle === styleId) level = i;
    }
    level = Math.min(Math.max(level ?? 0, 0), 8);
    const def = levelOf(level);
    if (!def) return undefined;

    let counts = this.counters.get(found.id);
    if (!counts) this.counters.set(found.id, (counts = []));
    const startOf = (i: number): number => num.startOverrides.get(i) ?? levelOf(i)?.start ?? 0;
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      // A restart: the overridden levels count again from their start (a w:lvl override carries its own).
      for (const i of new Set([...num.startOverrides.keys(), ...num.levelOverrides.keys()])) counts[i] = undefined;
    }

    const current = counts[level];
    counts[level] = current === undefined ? startOf(level) : current + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && level < restart)) counts[deeper] = undefined;
    }

    if (def.numFmt === 'bullet' || def.lvlText === undefined) return undefined;
    const label = def.lvlText.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      const value = counts[i] ?? startOf(i);
      const format = def.isLgl ? 'decimal' : (levelOf(i)?.numFmt ?? 'decimal');
      return formatNumber(value, format);
    });
    return label === '' ? undefined : label;
  }
}
