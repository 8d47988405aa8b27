import { simplifiedChar } from '../dates/traditional.js';
import { foldChar } from './fidelity.js';

/**
 * Characters of the structural keywords (牵头单位, 责任单位, 配合, 负责, 列第一位者, 下同 …) in
 * traditional script that the date module's table does not carry. One to one, so a keyword view
 * of a line has the same length and offsets as the line itself.
 */
const EXTRA_PAIRS = '負负職职協协調调閣阁臺台據据設设專专項项線线黨党運运環环廳厅務务圍围準准應应門门參参與与廣广產产業业總总縣县鄉乡鎮镇區区屬属監监醫医衛卫';
const EXTRA = new Map<string, string>();
for (let i = 0; i + 1 < EXTRA_PAIRS.length; i += 2) EXTRA.set(EXTRA_PAIRS[i] as string, EXTRA_PAIRS[i + 1] as string);

/**
 * The matching view of `text`: simplified script and half-width forms, character for character
 * (same length, same offsets), so a pattern found in the view is sliced from the original text and
 * the document's own characters (，（）：) reach the plan unchanged.
 */
export function keywordView(text: string): string {
  let out = '';
  for (const ch of text) {
    const simple = simplifiedChar(ch);
    out += simple !== ch ? simple : (EXTRA.get(ch) ?? foldChar(ch));
  }
  return out;
}

/** A paragraph as the importer keeps it: surrounding whitespace and list bullets trimmed. */
export function trimParagraph(line: string): string {
  return line.replace(/^[\s\u3000\u00a0•·]+|[\s\u3000\u00a0]+$/g, '');
}

/**
 * The lines of a text file that are paragraphs: `source:` header of a saved web copy dropped,
 * blank lines skipped, each trimmed. Characters are kept as written (no NFKC): the reader folds
 * full-width forms for matching (fidelity.ts) and restores them in what it writes.
 */
export function documentParagraphs(raw: string): string[] {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // A saved copy starts "source: <address>" and a blank line: that is not the document.
  text = text.replace(/^source:[^\n]*\n(?:[ \t]*\n)?/, '');
  return text.split('\n').map(trimParagraph).filter((p) => p.length > 0);
}

/** Does the paragraph end like a finished sentence (an excerpt may stop mid-sentence)? */
export function endsCleanly(text: string): boolean {
  return /[。;!?)\]】」”"]$/.test(text);
}

/** An outline number standing after a gap inside a line: 四、 / （一） / 第二阶段 / 1. / （1） / ①. */
const MARKER_AFTER_GAP = /(?<=\S)[ \t\u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:阶段|步)|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[\u2460-\u2473\u2474-\u2487]))/g;

/**
 * A web copy that lost its line breaks holds a whole document on one line, its paragraphs
 * separated by spaces (… 四、时间安排 （一）动员部署阶段（5月） 各县…). Such a line is cut before
 * each outline number that follows a gap; an ordinary paragraph (short, or with at most one such
 * number) is left whole.
 */
export function splitRunOnLine(line: string): string[] {
  if (line.length < 120) return [line];
  const cuts = [...line.matchAll(MARKER_AFTER_GAP)];
  if (cuts.length < 2) return [line];
  const parts: string[] = [];
  let at = 0;
  for (const m of cuts) {
    parts.push(line.slice(at, m.index));
    at = m.index + m[0].length;
  }
  parts.push(line.slice(at));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const ENDS_SENTENCE = /[。;；:：!！?？”"）)】]$/;
const STARTS_ITEM = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]{1,3}(?:阶段|步|条)|[\u2460-\u249b\u3220-\u3229]|附\s*件)/;

/**
 * Text copied from a PDF keeps the page's line breaks: a sentence runs over several lines of about
 * the same length (…现 结合车间安全管 / 理工作的实际,…). When most long lines stop mid-sentence, the
 * document is such a copy, and a line as long as the page's lines that does not end a sentence
 * is joined to the next, with nothing between (Chinese has no spaces between words). Headings are
 * short and numbered lines start a new paragraph, so they stay apart. A text whose lines are
 * paragraphs is returned as it is.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  // The page width shows as many unfinished lines of one length (± 2 characters, spaces and
  // half-width digits make them uneven); field lines and headings vary in length.
  const length = (l: string) => [...l].length;
  const long = lines.filter((l) => length(l) >= 20);
  const open = long.filter((l) => !ENDS_SENTENCE.test(l)).map(length);
  const counts = new Map<number, number>();
  for (const n of open) for (let d = -2; d <= 2; d++) counts.set(n + d, (counts.get(n + d) ?? 0) + 1);
  const [width, near] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (near < 5 || near / long.length < 0.3) return joinCutSentences(lines);
  const out: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    if (current !== undefined && !STARTS_ITEM.test(line)) current += line;
    else {
      if (current !== undefined) out.push(current);
      current = line;
    }
    const last = current as string;
    const wrapped = length(line) >= width - 2 && !ENDS_SENTENCE.test(line);
    if (!wrapped) {
      out.push(last);
      current = undefined;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

/**
 * 1、宣传动员(3月5日至3月15日)。镇经济发展办公 / 室安排人员和车辆…: a line that has finished a
 * sentence and then stops in the middle of the next (a copy broke it there) goes on in the next
 * line, unless that line starts an item. A line with no full stop (a heading, a title) is left alone.
 */
function joinCutSentences(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const cut = previous !== undefined && /[。;；]/.test(previous) && !ENDS_SENTENCE.test(previous) && /[\u4e00-\u9fff]$/.test(previous);
    if (cut && !STARTS_ITEM.test(line)) out[out.length - 1] = previous + line;
    else out.push(line);
  }
  return out;
}
