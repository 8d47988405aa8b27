// What counts as an English sentence in text printed for a Chinese reader. A Chinese message may
// rightly hold English-looking words: rule codes (`task-within-phase`), ids, YAML keys (`due:`),
// file names, flags (`--fix`), command lines (`plan lint a.yaml`), format names in a list
// (`stylish, json`) and the plan's own text, quoted or in a code frame. None of these is two plain
// words in a row; English prose is ("unknown option", "Implicit keys need to be…").

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const COMMANDS = 'build|lint|ics|tasks|date|diff|import|init|fmt|schema|rules|help';

/** A code frame's source line (`> 12 | …`) or caret line (`   | ^^^`): the plan's text, not ours. */
const FRAME_LINE = /^\s*>?\s*\d*\s+\|/;

/** Removes what may stay in English from one line of output. */
function strip(line: string): string {
  return (
    line
      // Quoted text comes from the plan (a unit's name, a date as written).
      .replace(/“[^”]*”|‘[^’]*’|"[^"]*"|'[^']*'|`[^`]*`/g, ' ')
      // A command to run, with its file names and flags, up to the next Chinese character.
      .replace(new RegExp(`\\bplan (?:${COMMANDS})\\b[^\\u2e80-\\u9fff\\uff00-\\uffef]*`, 'g'), ' ')
  );
}

/** A count inside a sentence (`1 problem (1 error, 0 warnings)`) neither makes nor breaks one. */
const NUMBER = /^[(\[]?\d+[,.;:)\]]?$/;
/** Plain English words: letters only, maybe after a bracket or the colon of `错误:unknown`. */
const WORD = /^[(\[:]?[A-Za-z]+$/;
/** A word closed by punctuation (`stylish,` in a list) ends a run: a list of names is not a sentence. */
const LAST_WORD = /^[(\[:]?[A-Za-z]+[,.;:!?)\]]$/;

/**
 * Every run of two or more consecutive English words (counts between them allowed) in `text`,
 * outside code frames, quotes and command lines, each with its line; Chinese characters and any
 * other token break a run.
 */
export function englishProse(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (FRAME_LINE.test(line)) continue;
    for (const segment of strip(line).split(CJK)) {
      let run: string[] = [];
      let words = 0;
      const end = () => {
        if (words >= 2) found.push(`${run.join(' ')}    ← ${line.trim()}`);
        run = [];
        words = 0;
      };
      for (const token of segment.split(/\s+/).filter(Boolean)) {
        if (WORD.test(token)) {
          run.push(token);
          words += 1;
        } else if (LAST_WORD.test(token)) {
          run.push(token);
          words += 1;
          end();
        } else if (NUMBER.test(token) && run.length > 0) run.push(token);
        else {
          end();
          if (NUMBER.test(token)) run.push(token);
        }
      }
      end();
    }
  }
  return found;
}
