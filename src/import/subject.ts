import type { UnitRoster } from './units.js';
import { looksLikeUnit } from './unit-names.js';

/** Words that follow the subject of an official sentence: 环保部门负责…, 各责任单位要…. */
const AFTER_SUBJECT = /^(?:要|应|须|必须|负责|于|在|将|按|组织|牵头|认真|对|把|加强|统一|定期|及时|做好|运用|会同|结合|围绕|制定|制订|开展|督促|切实|进一步|继续|全面|根据|依法)/;

/**
 * The unit a sentence is about, when no field names one: a known unit at the start of one of the
 * first two clauses (宣传条线运用…, 各级党组织加强…), else a unit-like phrase followed by a verb
 * of duty (环保部门负责…). Shortest phrase first, so a long clause is never taken for a name.
 */
export function subjectOf(text: string, roster: UnitRoster): string | undefined {
  const sentence = text.split(/[。;\n]/)[0] ?? '';
  const clauses = sentence.split(/[,,]/).slice(0, 2);
  for (const clause of clauses) {
    for (let len = Math.min(clause.length - 1, 24); len >= 2; len--) {
      const head = clause.slice(0, len);
      if (roster.find(head)) return head;
    }
    for (let len = 2; len <= Math.min(clause.length - 1, 24); len++) {
      const head = clause.slice(0, len);
      if (looksLikeUnit(head) && AFTER_SUBJECT.test(clause.slice(len))) return head;
    }
  }
  return undefined;
}
