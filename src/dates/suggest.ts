import { editDistance } from '../text/edit-distance.js';
import { daysInMonth } from './day-number.js';
import type { DateFailure } from './failure.js';
import { KEYWORDS } from './keywords.js';

/** Keywords worth offering as repairs, most date-like first (the order breaks distance ties). */
const PREFERRED = ['上旬', '中旬', '下旬', '月底', '年底', '底前', '季度', '上半年', '下半年', '前', '至', '日', '月', '年', ...KEYWORDS];
/** Verbs and filler are valid after a date but are never what a misspelt date part meant. */
const NOT_REPAIRS = new Set(['完成', '建成', '完工', '办结', '到位', '上报', '报送', '开展', '推进', '实施', '坚持', '长效', '的', '个', '以', '次', '期', '场', '篇', '批', '点', '分', '半', '时', '间']);
const REPAIRS = [...new Set(PREFERRED)].filter((kw) => !NOT_REPAIRS.has(kw));

/** Fixed examples when no repair of the written text works. */
export function exampleForms(year: number): string[] {
  return [`${year}年5月`, '5月上旬', '6月底前', '5月1日至6月30日', '第三季度', '每月28日前'];
}

/**
 * The nearest accepted forms: the text with the failing part replaced by a near keyword (12月上询 →
 * 12月上旬) or an impossible number clamped (2月30日 → 2月28日), kept only if they resolve.
 */
export function suggestRepairs(text: string, failure: DateFailure, accepts: (candidate: string) => boolean, year: number): string[] {
  const { start, end } = failure;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const bad = text.slice(start, end);
  const candidates: string[] = [];
  if (failure.code === 'date-impossible' && failure.data) {
    const { month, day, year: y } = failure.data;
    if (typeof day === 'number' && typeof month === 'number') {
      const last = daysInMonth(typeof y === 'number' ? y : year, month);
      candidates.push(`${before}${last}${after}`, `${before}底${after.replace(/^[日号]/, '')}`);
    } else if (typeof month === 'number') {
      candidates.push(`${before}12${after}`, `${before}1${after}`);
    } else if (typeof failure.data['quarter'] === 'number') {
      candidates.push(`${before}四${after}`, `${before}4${after}`);
    }
  }
  if (failure.data?.['form'] === 'dotted-month-day') {
    const { month, day, year: y } = failure.data;
    candidates.push(`${before}${month}月${day}日${after}`, `${before}${y}.${month}.${day}${after}`);
  } else if (bad.length > 0 && failure.code === 'date-unparseable') {
    // Also try the failing text together with the character before it: in 12月中询 the 中 was read
    // as 月中, but 中询 is the misspelt 中旬.
    const scored: [number, number, number, string][] = [];
    for (const back of [0, 1]) {
      if (start - back < 0) continue;
      const window = text.slice(start - back, end);
      REPAIRS.forEach((kw, rank) => {
        const d = editDistance(window, kw);
        if (d <= Math.max(1, Math.floor(Math.max(window.length, kw.length) / 2))) scored.push([d, -back, rank, text.slice(0, start - back) + kw + after]);
      });
    }
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, , , cand] of scored.slice(0, 12)) candidates.push(cand);
    candidates.push(before + after);
    // A dropped 日 (4月15前 → 4月15日前) or a missing 月.
    candidates.push(`${before}${bad}日${after}`);
  }
  const seen = new Set<string>();
  const accepted: string[] = [];
  for (const cand of candidates) {
    if (cand === '' || cand === text || seen.has(cand)) continue;
    seen.add(cand);
    if (accepts(cand)) accepted.push(cand);
    if (accepted.length >= 3) break;
  }
  return accepted.length > 0 ? accepted : exampleForms(year).slice(0, 4);
}
