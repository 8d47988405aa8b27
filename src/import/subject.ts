import type { UnitRoster } from './units.js';
import { looksLikeUnit, looksLikeUnitList, splitUnitList, unitView } from './unit-names.js';

/** Words that follow the subject of an official sentence: 环保部门负责…, 各责任单位要…, 区教育局牵头制定…. */
const AFTER_SUBJECT =
  /^(?:要|应|须|必须|负责|牵头|配合|协助|于|在|将|按|组织|认真|对|把|加强|统一|定期|及时|做好|运用|会同|结合|围绕|制定|制订|开展|督促|切实|进一步|继续|全面|根据|依法|积极|主动|落实|分别|共同|每月|每季度|每年|抓好|建立|健全|完善|推进|推动|指导|联合|利用|通过|确保|严格|深入|广泛|带头|率先|牵头负责|具体负责|组成|成立|抽调|派出|召开|印发|编制|编发|报送|研究|部署|实施|发挥|承担|安排|负总责|统筹|突出)/;

/** 由X牵头 / 由X总牵头 / 由X负责 / 由X会同Y… in a sentence (由于 is not 由). Matched on the view. */
const BY_UNIT = /由(?!于)([^,;:。\n由]{2,40}?)(?:共同牵头|总牵头|牵头负责|牵头|具体负责|负责|会同|统筹|统一组织|组织实施)/g;

interface Clause {
  readonly text: string;
  readonly view: string;
}

/** The first two clauses of the first sentence, as written and in the view. */
function openingClauses(text: string): Clause[] {
  const view = unitView(text);
  const end = view.search(/[。;\n!?]/);
  const sentence = end >= 0 ? end : view.length;
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= sentence && out.length < 2; i++) {
    if (i === sentence || view[i] === ',') {
      if (i > start) out.push({ text: text.slice(start, i), view: view.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The units a sentence is about, when no field names them: a known unit at the start of one of the
 * first two clauses (宣传条线运用…, 各级党组织加强…), else a unit-shaped phrase or list followed
 * by a verb of duty (环保部门负责…, 区教育局、区卫健委要…, 由区文明办负责…). Shortest phrase first,
 * so a long clause is never taken for a name; names come back as written.
 */
export function subjectsOf(text: string, roster: UnitRoster): string[] {
  for (const clause of openingClauses(text)) {
    // 由区文明办负责… / 请各街道… : the unit after 由/请 is the subject.
    const skip = /^\s*(?:由(?!于)|请)?\s*/.exec(clause.view)?.[0].length ?? 0;
    const body = clause.text.slice(skip);
    const view = clause.view.slice(skip);
    for (let len = Math.min(body.length - 1, 24); len >= 2; len--) {
      const head = body.slice(0, len);
      // A known unit opens the clause, unless a list goes on (各区县政府和地区管委会对…).
      // (…领导小组 known, …领导小组办公室将… is another body: the name must end where the verb starts.)
      if (roster.find(head) && !/^[各级]/.test(view.slice(len)) && !/^[、,和及与]/.test(view.slice(len)) && (AFTER_SUBJECT.test(view.slice(len)) || view.length === len)) return [head];
    }
    for (let len = 2; len <= Math.min(body.length - 1, 40); len++) {
      if (!AFTER_SUBJECT.test(view.slice(len))) continue;
      const head = body.slice(0, len);
      // 区教育局和区卫健委要… : two names, not one that happens to contain 和.
      if (/[、,，和及与\s]/.test(unitView(head)) && looksLikeUnitList(head)) {
        const names = splitUnitList(head);
        if (names.length > 1 || looksLikeUnit(head)) return names;
      }
      if (looksLikeUnit(head)) return [head];
    }
  }
  return [];
}

/** The one unit a sentence is about (the first, when it names a list): see subjectsOf. */
export function subjectOf(text: string, roster: UnitRoster): string | undefined {
  return subjectsOf(text, roster)[0];
}

/**
 * The units a sentence puts in charge with 由X牵头 / 由X总牵头 / 由X负责 (大讨论活动由街道党政、
 * 宣传条线牵头 → 街道党政条线, 宣传条线): the lead of that item, as written. Empty when none.
 */
export function leadInSentence(text: string): string[] {
  const view = unitView(text);
  for (const m of view.matchAll(BY_UNIT)) {
    const from = m.index + 1;
    const names = text.slice(from, from + (m[1] as string).length);
    if (looksLikeUnitList(names)) return splitUnitList(names);
  }
  return [];
}
