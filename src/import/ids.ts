import { pinyin } from 'pinyin-pro';

/**
 * Readable, stable ids from Chinese text: pinyin without tones (offline, from pinyin-pro's
 * dictionary), so 党政条线 → dangzheng and 召开街道党工委会议 → zhaokai-jiedao. The same text always
 * gives the same id; collisions are settled by document order (-2, -3), which is stable too.
 */
export function romanize(text: string, maxSyllables: number, groupBy = 0): string {
  const syllables: string[] = [];
  let latin = false;
  for (const ch of text) {
    if (syllables.length >= maxSyllables) break;
    if (/[A-Za-z0-9]/.test(ch)) {
      // Latin letters and digits stay together as one "syllable" (2023, IGCC).
      if (latin) syllables[syllables.length - 1] += ch.toLowerCase();
      else syllables.push(ch.toLowerCase());
      latin = true;
      continue;
    }
    latin = false;
    if (/\p{Script=Han}/u.test(ch)) {
      const p = pinyin(ch, { toneType: 'none', type: 'array', v: true })[0] ?? '';
      if (/^[a-z]+$/.test(p)) syllables.push(p);
    }
  }
  if (groupBy <= 0) return syllables.join('');
  const groups: string[] = [];
  for (let i = 0; i < syllables.length; i += groupBy) groups.push(syllables.slice(i, i + groupBy).join(''));
  return groups.join('-');
}

/** Hands out ids unique within one plan (units, or phases+tasks+measures+events). */
export class IdPool {
  private readonly used = new Set<string>();

  take(wanted: string, fallback: string): string {
    let base = wanted.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '').slice(0, 56);
    if (base.length === 0) base = fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
