/** Millimetres to twips (1/1440 inch), rounded down exactly as docx's convertMillimetersToTwip: no need to load the library for it. */
const convertMillimetersToTwip = (millimetres: number): number => Math.floor((millimetres / 25.4) * 72 * 20);

// GB/T 9704-2012 (党政机关公文格式) page and type measures, in the units Word stores: twips
// (1/20 pt) for lengths, half-points for font sizes.

/** A4, 210 mm × 297 mm. */
export const PAGE = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) } as const;

/** 天头 37 mm, 订口 28 mm; the text block is 156 mm × 225 mm. */
export const MARGINS = {
  top: convertMillimetersToTwip(37),
  bottom: convertMillimetersToTwip(35),
  left: convertMillimetersToTwip(28),
  right: convertMillimetersToTwip(26),
  header: convertMillimetersToTwip(15),
  // The page number sits about 7 mm below the text block (§7.5).
  footer: convertMillimetersToTwip(25),
} as const;

/** The width of the text block: 156 mm. */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

const TEXT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/** 22 lines a page: the line pitch is the text height over 22, rounded down so 22 always fit (≈ 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / 22);

/**
 * 28 characters a line: a 16 pt character is wider than 156 mm / 28, so each is drawn 0.25 pt
 * closer (twips of character spacing; 28 × 15.75 pt = 441 pt, under the 442 pt of the line).
 */
export const CHARACTER_SPACING = -Math.ceil(((SIZE.body / 2) * 20 * 28 - TEXT_WIDTH) / 28 / 5) * 5;

/** One character of body text, for indents (两字 first-line indent, 右空二字). */
export const CHARACTER = (SIZE.body / 2) * 20 + CHARACTER_SPACING;
