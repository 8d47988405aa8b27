import type { ResolvedPlan } from '../model/plan.js';

/**
 * A short name for each plan, to mark its items in a calendar or list that holds several:
 * the title without the words every title shares at its start and end. An office's plans
 * usually share the issuer in front and 实施方案 behind, so 斜塘街道解放思想大讨论活动实施方案
 * and 斜塘街道基层党建工作实施方案 become 解放思想大讨论活动 and 基层党建工作. Cut at word
 * boundaries (Intl.Segmenter), so a shared first character of two different words stays;
 * a title that would lose everything keeps its whole text.
 */
export function planLabels(plans: readonly ResolvedPlan[]): string[] {
  const titles = plans.map((p) => p.title.trim());
  if (titles.length < 2) return titles;
  const words = titles.map((title, i) => [...new Intl.Segmenter(plans[i]!.locale, { granularity: 'word' }).segment(title)].map((s) => s.segment));
  const shortest = Math.min(...words.map((w) => w.length));
  let head = 0;
  while (head < shortest && words.every((w) => w[head] === words[0]![head])) head++;
  let tail = 0;
  while (tail < shortest - head && words.every((w) => w[w.length - 1 - tail] === words[0]![words[0]!.length - 1 - tail])) tail++;
  const labels = words.map((w, i) => {
    const label = w.slice(head, w.length - tail).join('').trim();
    return label === '' ? titles[i]! : label;
  });
  // Two plans left with the same short name would be told apart by nothing: keep their titles.
  return labels.map((label, i) => (labels.indexOf(label) !== labels.lastIndexOf(label) ? titles[i]! : label));
}
