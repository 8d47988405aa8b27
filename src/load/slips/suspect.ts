/*
 * A quick look for what could be a typing slip that still parses, so a clean plan never pays for
 * the line scanner: one regex pass over the characters a slip is made of, each hit checked
 * against its line's start (about 2 ms on a 10,000-task plan). False alarms only cost the full scan; a miss here is a miss in `plan lint`,
 * so every slip the scanner knows must be caught (a test runs each slip fixture through both).
 */

/** The characters a slip is made of: one regex pass finds them all (faster than one indexOf each). */
const SUSPECT = /[\t\u3000\uff1a\uff0d\u2014\u2013]/g;
const FULLWIDTH_SPACE = '\u3000';
const FULLWIDTH_COLON = '\uff1a';

/** Only blanks, and list dashes (right or wrong) with their spaces, since the line's start. */
const LINE_OPENING = /^[ \t\u3000]*(?:[-\uff0d\u2014\u2013][ \u3000]+)*$/;
/** The same, then a key with nothing YAML would read as syntax before it (a colon, a quote, a comment…). */
const KEY_OPENING = /^[ \t\u3000]*(?:[-\uff0d\u2014\u2013][ \u3000]+)*[^:"'#{[|>\s][^:"'#{[|>]*$/;
/** An ASCII key just after the { or , of a flow mapping. */
const FLOW_KEY = /[{,][ ]*[A-Za-z][A-Za-z0-9_-]*$/;
/** Hanzi or Chinese punctuation ending a line, and again opening the next, indented one: a folded value. */
const FOLD = /[\u2014\u2026\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]\r?\n[ ]+[\u2014\u2026\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]/;

/** A letter, a colon and no space (`title:会议`): cheap to look for; only then the line-start check. */
const TIGHT_COLON = /[A-Za-z]:[^\s:/]/;
const TIGHT_KEY = /^[ ]*(?:- +)*[A-Za-z][A-Za-z0-9_-]*:[^\s:]/m;

function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** True when the text may hold a slip that parses (so the parser alone would not reveal it). */
export function maySlip(text: string): boolean {
  const suspect = new RegExp(SUSPECT.source, 'g');
  for (let match = suspect.exec(text); match; match = suspect.exec(text)) {
    const at = match.index;
    const c = text[at];
    const before = lineBefore(text, at);
    if (c === FULLWIDTH_COLON) {
      if (KEY_OPENING.test(before) || FLOW_KEY.test(before)) return true;
    } else if (LINE_OPENING.test(before)) {
      // A tab or full-width space in the indent, or a wrong dash followed by a space.
      if (c === '\t' || c === FULLWIDTH_SPACE || text[at + 1] === ' ' || text[at + 1] === FULLWIDTH_SPACE) return true;
    } else if (c === FULLWIDTH_SPACE && /(?:^|\s)[-:\uff0d\u2014\u2013]$|:$/.test(before)) {
      return true;
    }
  }
  if (TIGHT_COLON.test(text) && TIGHT_KEY.test(text)) return true;
  return FOLD.test(text);
}
