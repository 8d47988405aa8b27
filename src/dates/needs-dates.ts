import { DateFailure } from './failure.js';

/**
 * Periods whose dates are set each year by someone else (两会 by the NPC, 汛期 by each river
 * authority, 开学 by each school) or differ by place and crop (农忙). The plan cannot know them, and
 * a guess would put a wrong date in calendars without a word of doubt: the plan must write them.
 */
const UNKNOWABLE = ['两会', '汛期', '农忙', '开学', '春耕', '秋收', '三夏', '三秋', '寒假', '暑假', '雨季'];

/** Throws `date-needs-dates` when the text names such a period; returns otherwise. */
export function refuseUnknowable(text: string): void {
  for (const word of UNKNOWABLE) {
    const at = text.indexOf(word);
    if (at < 0) continue;
    throw new DateFailure(
      'date-needs-dates',
      'dates.needs-dates',
      at,
      at + word.length,
      { word },
    );
  }
}
