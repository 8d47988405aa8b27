import type { Token } from './tokenize.js';

/**
 * 长期坚持 / 持续推进 / 常态化(推进) / 持续开展 / 立行立改: work with no single due date.
 * The expression must consist only of this vocabulary and contain at least one word that says
 * "continuing"; a leading 年内/全年 bounds it to the plan year.
 */
const CONTINUING = new Set(['长期', '持续', '常态化', '立行立改', '长效']);
const ONGOING_FILLER = new Set(['坚持', '推进', '开展', '实施', ...CONTINUING]);
const YEAR_BOUND = new Set(['年内', '全年']);

export interface OngoingRead {
  readonly boundedToYear: boolean;
  readonly immediate: boolean;
}

export function readOngoing(tokens: readonly Token[]): OngoingRead | undefined {
  let continuing = false;
  let boundedToYear = false;
  let immediate = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && (t.ch === '、' || t.ch === ',')) continue;
    if (t.kind !== 'kw') return undefined;
    if (i === 0 && YEAR_BOUND.has(t.word)) {
      boundedToYear = true;
      continue;
    }
    if (!ONGOING_FILLER.has(t.word)) return undefined;
    if (CONTINUING.has(t.word)) continuing = true;
    if (t.word === '立行立改') immediate = true;
  }
  return continuing ? { boundedToYear, immediate } : undefined;
}
