import { escapeHtml } from '../emit/escape.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { STANDINGS, type Standing } from '../progress/standing.js';
import type { ChartBar } from './bulletin.js';

// Units by standing as an inline SVG: one horizontal bar a lead unit, cut into the standings in
// a fixed order, each part as long as its count. Printed in grey, colours alone would not tell
// the parts apart, so each standing has a pattern of its own (solid, hatched, crossed, dotted…)
// over its colour, and every part wide enough carries its count.

/** Fill colour and the pattern drawn over it, by standing. */
const LOOK: Readonly<Record<Standing, { readonly fill: string; readonly pattern: string }>> = {
  done: { fill: '#3d7a4a', pattern: '' },
  'on-track': { fill: '#b9d3ee', pattern: '' },
  behind: { fill: '#f2b84b', pattern: '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#000" stroke-width="1"/>' },
  overdue: { fill: '#d9534f', pattern: '<path d="M0,0 l6,6 M6,0 l-6,6" stroke="#000" stroke-width="1"/>' },
  paused: { fill: '#e0e0e0', pattern: '<circle cx="3" cy="3" r="1.2" fill="#000"/>' },
  cancelled: { fill: '#ffffff', pattern: '<path d="M0,3 h6" stroke="#000" stroke-width="1"/>' },
};

const WIDTH = 640;
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 16;
const ROW = 24;
const TOP = 4;
/** Room after the longest bar for its total. */
const TOTAL_ROOM = 36;
const LEGEND_HEIGHT = 28;
/**
 * Bars in one <svg> at most: Chromium prints an <svg> as one block that cannot break across
 * pages, and cuts off what does not fit; 30 bars take about 200 mm of the 259 mm of an A4 page.
 */
export const BARS_PER_BLOCK = 30;

const paint = (standing: Standing): string => (LOOK[standing].pattern ? `url(#bar-${standing})` : LOOK[standing].fill);

/**
 * `<svg>` blocks of at most BARS_PER_BLOCK bars, all on one scale, the last with a legend of the
 * standings that occur; each has the chart's title for readers of assistive tools. The patterns
 * are defined once, in the first block (ids are the document's).
 */
export function unitsChartSvg(bars: readonly ChartBar[], language: Language): string {
  const title = t(language, 'bulletin.chart.title');
  const most = Math.max(1, ...bars.map((bar) => STANDINGS.reduce((n, s) => n + bar.counts[s], 0)));
  const scale = (WIDTH - LABEL_WIDTH - TOTAL_ROOM) / most;
  const occurring = STANDINGS.filter((s) => bars.some((bar) => bar.counts[s] > 0));
  const defs = STANDINGS.filter((s) => LOOK[s].pattern)
    .map((s) => `<pattern id="bar-${s}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${LOOK[s].fill}"/>${LOOK[s].pattern}</pattern>`)
    .join('');
  const blocks: string[] = [];
  for (let from = 0; from < Math.max(1, bars.length); from += BARS_PER_BLOCK) {
    const last = from + BARS_PER_BLOCK >= bars.length;
    blocks.push(chartBlock(bars.slice(from, from + BARS_PER_BLOCK), scale, from === 0 ? defs : '', last ? occurring : [], title, language));
  }
  return blocks.join('\n');
}

function chartBlock(bars: readonly ChartBar[], scale: number, defs: string, occurring: readonly Standing[], title: string, language: Language): string {
  const height = TOP + bars.length * ROW + (occurring.length > 0 ? LEGEND_HEIGHT : 0);
  const rows = bars.map((bar, i) => {
    const y = TOP + i * ROW;
    let x = LABEL_WIDTH;
    let total = 0;
    const parts = STANDINGS.filter((s) => bar.counts[s] > 0).map((s) => {
      const n = bar.counts[s];
      const w = n * scale;
      const part =
        `<rect class="part" data-standing="${s}" data-count="${n}" x="${fixed(x)}" y="${y}" width="${fixed(w)}" height="${BAR_HEIGHT}" fill="${paint(s)}" stroke="#000" stroke-width="0.6"/>` +
        (w >= chipWidth(n) + 2 ? countChip(n, x + w / 2, y + BAR_HEIGHT / 2) : '');
      x += w;
      total += n;
      return part;
    });
    return (
      `<g class="bar" data-unit="${escapeHtml(bar.name)}" data-total="${total}">` +
      `<text class="unit" x="${LABEL_WIDTH - 6}" y="${y + BAR_HEIGHT / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(bar.name)}</text>` +
      parts.join('') +
      `<text class="total" x="${fixed(x + 4)}" y="${y + BAR_HEIGHT / 2}" dominant-baseline="central">${total}</text></g>`
    );
  });

  // The legend under the bars, a swatch and a word per standing, laid out left to right.
  let lx = LABEL_WIDTH;
  const ly = TOP + bars.length * ROW + 8;
  const legend = occurring.map((s) => {
    const word = t(language, `progress.standing.${s}`);
    const item =
      `<g class="key" data-standing="${s}"><rect x="${lx}" y="${ly}" width="18" height="11" fill="${paint(s)}" stroke="#000" stroke-width="0.6"/>` +
      `<text x="${lx + 23}" y="${ly + 5.5}" dominant-baseline="central">${escapeHtml(word)}</text></g>`;
    lx += 23 + approximateWidth(word) + 18;
    return item;
  });

  return (
    `<svg class="units-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>${defs ? `<defs>${defs}</defs>` : ''}${rows.join('')}${legend.length > 0 ? `<g class="legend">${legend.join('')}</g>` : ''}</svg>`
  );
}

/** Width of the white chip a count sits on: digits read on any colour or pattern under them. */
const chipWidth = (n: number): number => String(n).length * 6 + 5;

/** A count on its chip, centred on (cx, cy); a part too narrow for it goes without (the table has every count). */
function countChip(n: number, cx: number, cy: number): string {
  const w = chipWidth(n);
  return `<rect class="chip" x="${fixed(cx - w / 2)}" y="${cy - 6}" width="${w}" height="12" rx="2" fill="#fff"/><text class="count" x="${fixed(cx)}" y="${cy}" text-anchor="middle" dominant-baseline="central">${n}</text>`;
}

/** Lengths with two decimals at most: the same report gives the same bytes. */
const fixed = (n: number): string => String(Math.round(n * 100) / 100);

/** Rough width in SVG units of a legend word at the chart's 10px text: wide characters count double. */
function approximateWidth(word: string): number {
  let n = 0;
  for (const ch of word) n += ch.codePointAt(0)! > 0x2e80 ? 10 : 5.6;
  return n;
}
