// The 督办 report for a terminal: every line within the width (a CJK character takes two
// cells), count tables whose headings wrap inside their columns, item lines that hang under their
// dash; colour only when the caller says the terminal wants it.
import chalk, { Chalk } from 'chalk';
import { DEFAULT_WIDTH } from '../tasks/terminal-width.js';
import { wrap } from '../tasks/wrap.js';
import { displayWidth } from '../text/display-width.js';
import { t } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';
import type { RenderInput, Rendered } from './renderers.js';
import { reportText, type TextTable, type Tone } from './report-text.js';

const GAP = '  ';
const BULLET = '- ';
/** The name column is never narrower than this (seven CJK characters a line): below, rows become blocks. */
const NAME_FLOOR = 14;
/** Two CJK characters: a heading such as 滞后 is not split between lines. */
const COUNT_FLOOR = 4;

type Paint = (line: string, tone: Tone | 'heading' | 'total' | undefined) => string;

function painter(color: boolean): Paint {
  const paint = new Chalk({ level: color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
  return (line, tone) => (tone === 'heading' ? paint.bold(line) : tone === 'total' ? paint.bold(line) : tone === 'overdue' ? paint.red(line) : tone === 'soon' ? paint.yellow(line) : line);
}

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** `text` wrapped to `width` with `first` before its first line and as many spaces before the others. */
function hanging(text: string, width: number, first: string): string[] {
  const room = Math.max(2, width - displayWidth(first));
  const indent = ' '.repeat(displayWidth(first));
  return wrap(text, room).map((line, i) => (i === 0 ? first : indent) + line);
}

/**
 * Widths of a count table's columns within `width`: the counts as wide as their headings if the
 * name column keeps room, else each count's heading on two lines (then three), the name column
 * taking what is left; undefined when the names would get less than NAME_FLOOR cells.
 */
function tableWidths(data: TextTable, width: number): number[] | undefined {
  // Heading rows (one cell) span the table: they do not widen the name column.
  // Measured once a column, with a loop (a spread of thousands of unit rows could overflow the stack).
  const widths = data.headings.map((_, i) => {
    let max = 0;
    for (const row of data.rows) if (row.cells.length > 1) max = Math.max(max, displayWidth(row.cells[i] ?? ''));
    return max;
  });
  const widest = (i: number): number => widths[i]!;
  const names = Math.max(widest(0), displayWidth(data.headings[0]!));
  const counts = data.headings.slice(1).map((_, k) => k + 1);
  const gaps = GAP.length * (data.headings.length - 1);
  for (const lines of [1, 2, 3]) {
    const countWidths = counts.map((i) => {
      // A word of an English heading is never cut (Tasks, Cancelled); Chinese breaks anywhere.
      const longestWord = Math.max(0, ...(data.headings[i]!.match(/[^\s\u1100-\u{10ffff}]+/gu) ?? []).map(displayWidth));
      let w = Math.max(widest(i), COUNT_FLOOR, longestWord);
      while (wrap(data.headings[i]!, w).length > lines) w++;
      return w;
    });
    let room = width - gaps - countWidths.reduce((a, b) => a + b, 0);
    if (room < Math.min(names, NAME_FLOOR)) continue;
    // Room the names do not need unwraps headings, those that need least first.
    const natural = (k: number): number => Math.max(widest(k + 1), displayWidth(data.headings[k + 1]!));
    const order = countWidths.map((_, k) => k).sort((a, b) => natural(a) - countWidths[a]! - (natural(b) - countWidths[b]!));
    for (const k of order) {
      const more = natural(k) - countWidths[k]!;
      if (room - more < names) break;
      countWidths[k] = natural(k);
      room -= more;
    }
    return [Math.min(names, room), ...countWidths];
  }
  return undefined;
}

/** A count table within `width`: the name column wraps, counts right-aligned; undefined when it cannot fit. */
function table(data: TextTable, width: number, paint: Paint): string[] | undefined {
  const widths = tableWidths(data, width);
  if (!widths) return undefined;
  const lines = (cells: readonly string[][], tone: 'heading' | 'total' | undefined): string[] => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(paint(cells.map((c, i) => (i === 0 ? padEnd(c[k] ?? '', widths[i]!) : padStart(c[k] ?? '', widths[i]!))).join(GAP).trimEnd(), tone));
    }
    return out;
  };
  const out = lines(data.headings.map((h, i) => wrap(h, widths[i]!)), 'heading');
  out.push(widths.map((w) => '-'.repeat(w)).join(GAP));
  for (const row of data.rows) {
    if (row.cells.length === 1) out.push(...wrap(row.cells[0]!, width).map((line) => paint(line, 'total')));
    else out.push(...lines(row.cells.map((c, i) => (i === 0 ? wrap(c, widths[i]!) : [c])), row.total ? 'total' : undefined));
  }
  return out;
}

/** Too narrow for a table: each row as its name and then `heading count` pairs, wrapped. */
function blocks(data: TextTable, width: number, language: Language): string[] {
  const out: string[] = [];
  for (const row of data.rows) {
    out.push(...wrap(row.cells[0] ?? '', width));
    if (row.cells.length === 1) continue;
    const pairs = data.headings.slice(1).map((heading, i) => `${heading} ${row.cells[i + 1]}`);
    out.push(...hanging(pairs.join(t(language, 'report.list-sep')), width, '  '));
  }
  return out;
}

export function renderTerminal(input: RenderInput): Rendered {
  const { language } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  const paint = painter(input.color === true);
  const text = reportText(input.report, language);
  const out: string[] = [];
  for (const title of text.titles) out.push(...wrap(title, width).map((line) => paint(line, 'heading')));
  out.push(...wrap(text.heading, width).map((line) => paint(line, 'heading')));
  for (const section of text.sections) {
    out.push('', ...wrap(section.heading, width).map((line) => paint(line, 'heading')));
    for (const paragraph of section.paragraphs ?? []) out.push(...wrap(paragraph, width));
    if (section.table) out.push(...(table(section.table, width, paint) ?? blocks(section.table, width, language)));
    if (section.groups && section.groups.length === 0 && section.empty) out.push(section.empty);
    for (const group of section.groups ?? []) {
      if (group.heading !== undefined) out.push(...wrap(group.heading, width));
      const bullet = group.heading !== undefined ? GAP + BULLET : BULLET;
      for (const item of group.items) out.push(...hanging(item, width, bullet).map((line) => paint(line, section.tone)));
    }
  }
  return `${out.join('\n')}\n`;
}
