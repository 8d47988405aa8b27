import { resolveDate, type DateContext } from '../dates/index.js';
import { cnNumeralValue } from '../dates/numerals.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { isFieldLine, readAttribution, trailingBracket, type Attribution } from './attribution.js';
import type { DraftEvent } from './draft.js';
import { leadInSentence } from './subject.js';
import { looksLikeUnitList, splitUnitList, unitSuffix } from './unit-names.js';
import { findDates } from './text-dates.js';

/** One numbered item (or table row, or phase paragraph) as the document has it. */
export interface ItemInput {
  readonly number: string;
  readonly kind: 'task' | 'measure';
  readonly text: string;
  readonly body: readonly string[];
  readonly heading?: string;
  /** A window the layout gave it (第三季度: …) before any wording of its own. */
  readonly presetWhen?: string;
  /** Title from this text rather than from `text` (a table cell's work without the row's name). */
  readonly titleFrom?: string;
  /** The lead of the section it sits in (一、…(省发改委总牵头)), for items that name none. */
  readonly sectionLead?: readonly string[];
  /** What a task table's cells said: units and timing from their columns, other columns as detail. */
  readonly preset?: {
    readonly lead: readonly string[];
    readonly support: readonly string[];
    readonly timing?: readonly string[];
    readonly extraDetail: readonly string[];
  };
}

/** An item read, with unit names still as written (the roster settles them later). */
export interface ParsedItem {
  readonly input: ItemInput;
  readonly title: string;
  readonly detail?: string;
  /** The text the subject of the first sentence is looked for in. */
  readonly prose: string;
  readonly lead: string[];
  readonly support: string[];
  /** The lead came from the sentence (由…牵头), not from a unit field: settled after the fields. */
  readonly leadFromText: boolean;
  when?: string | { start: string; end: string };
  due?: string;
  repeat?: string;
  sessions?: number;
  readonly events: Omit<DraftEvent, 'id'>[];
  readonly todos: string[];
}

/** Document-wide reading state: 列第一位者为牵头部门,下同 holds for every list after it. */
export interface ReadState {
  firstLeads: boolean;
}

const SENTENCE_END = /[。;!?]/;

/** Verbs of work: a sentence that has one (…禁止配套建设自备燃煤电站) is not a list of units, whatever it ends in. */
const ACTION = /禁止|建设|加强|推进|开展|实施|完成|建立|落实|推动|提高|严格|深化|整治|制定|做好|加快|促进|确保|提升|强化|规范|支持|鼓励/;

/** The first clause, not cutting inside quotes or brackets. */
function firstClause(text: string): string {
  let depth = 0;
  let i = 0;
  for (const ch of text) {
    if ('“‘《((【['.includes(ch)) depth++;
    else if ('”’》))】]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,,。;;:!?\n]/.test(ch)) break;
    i += ch.length;
  }
  return text.slice(0, i).trim();
}

function cut(title: string, max = 60): string {
  return [...title].length > max ? [...title].slice(0, max - 1).join('') + '…' : title;
}

/** Clauses that set the scene (围绕…, 以…为主题, 在8月~10月期间) rather than say what is done. */
const SCENE = /^(?:紧紧围绕|围绕|以|在|按照|根据|结合|聚焦|针对|为了|为|对照|紧扣|通过|依托|坚持|立足|本着)/;

/** The clauses of a sentence, not cutting inside quotes or brackets. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 0 && out.length < 6) {
    const c = firstClause(rest);
    if (c.length === 0 && /^[。;!?\n]/.test(rest)) break;
    out.push(c);
    rest = rest.slice(c.length).replace(/^[,,:]\s*/, '');
    if (/^[。;!?\n]/.test(rest)) break;
  }
  return out;
}

/**
 * The title: a short heading sentence (强化党的领导。…), which then leaves the detail; otherwise
 * the first clause that says what is done, skipping scene-setting clauses (围绕大讨论主题, …) and a
 * leading time (在8月~10月期间举办3期论坛 → 举办3期论坛), as a secretary would title it.
 */
export function titleAndDetail(text: string, dateAt?: (clause: string) => number): { title: string; detail?: string } {
  // 强化党的领导。… / 切实加强动态报告工作 环保专项行动领导小组办公室要…: a heading, then the text.
  const heading = /^([^。;!?\n,,]{2,16})[。;!?\n]\s*/.exec(text) ?? /^([^。;!?\n,, ]{1,15}[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff]\S{7})/.exec(text);
  if (heading && text.length > heading[0].length) return { title: heading[1] as string, detail: text.slice(heading[0].length).trim() };
  const list = clauses(text);
  let chosen = list[0] ?? text;
  for (const c of list.slice(0, 3)) {
    const skip = dateAt ? dateAt(c) : 0;
    const action = c.slice(skip);
    if (skip > 0) {
      if (action.replace(/^[,,]/, '').length < 4) continue;
      chosen = action;
      break;
    }
    if (!SCENE.test(c) && c.length >= 4) {
      chosen = c;
      break;
    }
  }
  const title = cut((chosen || text).replace(/[。;]$/, ''));
  const detail = text.trim();
  return detail === title || detail === `${title}。` ? { title } : { title, detail };
}

function mergeAttributions(list: readonly Attribution[], state: ReadState, todos: string[], language: Language): { lead: string[]; support: string[]; timing: string[] } {
  const lead = list.flatMap((a) => a.lead);
  const support = list.flatMap((a) => a.support);
  const responsible = list.flatMap((a) => a.responsible);
  const timing = list.flatMap((a) => a.timing);
  const firstHere = list.some((a) => a.firstLeads !== undefined);
  if (list.some((a) => a.firstLeads === 'sticky')) state.firstLeads = true;
  for (const a of list) for (const u of a.unread) todos.push(t(language, 'import.todo.unreadInBracket', { text: u }));
  if (lead.length === 0 && responsible.length > 0) {
    if (firstHere || state.firstLeads) return { lead: responsible.slice(0, 1), support: [...responsible.slice(1), ...support], timing };
    return { lead: responsible, support, timing };
  }
  return { lead, support: [...support, ...responsible.filter((r) => !lead.includes(r))], timing };
}

/** Reads who, what and when from one item; its todos in `language`. */
export function parseItem(input: ItemInput, ctx: DateContext, state: ReadState, language: Language): ParsedItem {
  const todos: string[] = [];
  const attributions: Attribution[] = [];
  const fieldLines = input.body.filter(isFieldLine);
  let text = [input.text, ...input.body.filter((p) => !isFieldLine(p))].join('\n');
  const found = trailingBracket(text);
  // …报州环保专项行动领导小组办公室(州环保局)。: a bracket right after a unit's name is another
  // name for it, not the item's attribution.
  const bracket = found && !(unitSuffix(text.slice(Math.max(0, found.start - 12), found.start)) && !/[、,;]/.test(found.inner)) ? found : undefined;
  const read = bracket ? readAttribution(bracket.inner, ctx) : undefined;
  if (bracket && read) {
    attributions.push(read);
    text = text.slice(0, bracket.start).trimEnd();
  }
  for (const line of fieldLines) {
    const a = readAttribution(line, ctx);
    if (a) attributions.push(a);
    else todos.push(t(language, 'import.todo.unreadLine', { line }));
  }
  // A table row's unit and date columns say who and when outright: they come first.
  if (input.preset) attributions.unshift({ lead: [...input.preset.lead], support: [...input.preset.support], responsible: [], timing: [...(input.preset.timing ?? [])], unread: [] });
  const merged = mergeAttributions(attributions, state, todos, language);
  // 大讨论活动由街道党政、宣传条线牵头: a lead named inside the sentence.
  const leadFromText = merged.lead.length === 0;
  if (leadFromText) {
    merged.lead.push(...leadInSentence(text));
  }
  // (十六)各区县政府和地区管委会。落实属地责任…: a first sentence that is only units names who leads.
  let titleText = input.titleFrom ?? text;
  const unitsFirst = /^([^。;\n]{2,60})[。;\n]\s*(?=\S)/.exec(text);
  if (merged.lead.length === 0 && unitsFirst && !ACTION.test(unitsFirst[1] as string) && looksLikeUnitList(unitsFirst[1] as string)) {
    merged.lead.push(...splitUnitList(unitsFirst[1] as string));
    if (input.titleFrom === undefined) titleText = text.slice(unitsFirst[0].length);
  }
  // A clause that opens with its time (在8月~10月期间举办…) is titled without it.
  const dateAt = (clause: string): number => {
    const m = findDates(clause, ctx)[0];
    // 在4月15日前完成… : the mention starts after a framing 在/于, which goes with it.
    return m && (m.offset === 0 || (m.offset === 1 && /^[在于]/.test(clause))) ? m.offset + m.text.length : 0;
  };
  const { title } = titleAndDetail(titleText, dateAt);
  // The units' sentence stays in the detail: it is the item's own text, not a label.
  const ownDetail = titleText !== (input.titleFrom ?? text) ? text.trim() : titleAndDetail(input.titleFrom ?? text, dateAt).detail;
  const extra = input.preset?.extraDetail.filter((d) => d.length > 0) ?? [];
  const base = input.titleFrom !== undefined ? text : ownDetail;
  // Other columns (目标, 备注, 责任领导) follow the task's own text in the detail.
  const detail = extra.length > 0 ? [base ?? text, ...extra].join('\n') : base;
  const item: ParsedItem = { input, title, prose: detail !== undefined && text.trim() !== detail ? detail : text, lead: merged.lead, support: merged.support, leadFromText, events: [], todos, ...(detail ? { detail } : {}) };
  if (input.presetWhen) item.when = input.presetWhen;
  for (const timing of merged.timing) placeTiming(item, timing, ctx, language);
  readTextDates(item, text, ctx, language);
  return item;
}

function placeTiming(item: ParsedItem, text: string, ctx: DateContext, language: Language): void {
  const outcome = resolveDate(text, ctx);
  if (!outcome.ok) return void item.todos.push(t(language, 'import.todo.unreadDate', { text }));
  const kind = outcome.value.kind;
  if (kind === 'recurring' && !item.repeat) item.repeat = text;
  else if ((kind === 'window' || kind === 'ongoing') && !item.when) item.when = text;
  else if ((kind === 'deadline' || kind === 'instant') && !item.due) item.due = text;
  else item.todos.push(t(language, 'import.todo.tooManyDates', { text }));
}

const SESSION = /^[^。;]{0,8}?(\d+|[一二两三四五六七八九十]+)(?:期|场|次|轮)/;

/** The N of N期/场/次/轮, in digits or Chinese numerals (三, 十二); 0 when it is not a number (二三十). */
function sessionCount(written: string): number {
  const n = /\d/.test(written) ? Number(written) : cnNumeralValue(written);
  return Number.isNaN(n) ? 0 : n;
}

function readTextDates(item: ParsedItem, text: string, ctx: DateContext, language: Language): void {
  const mentions = findDates(text, ctx);
  const deadlines: typeof mentions = [];
  const windows: typeof mentions = [];
  let startsAt: (typeof mentions)[number] | undefined;
  for (const m of mentions) {
    const after = text.slice(m.offset + m.text.length);
    if (m.kind === 'recurring') {
      if (!item.repeat) item.repeat = m.text;
      else if (item.repeat !== m.text) item.todos.push(t(language, 'import.todo.otherRepeat', { text: m.text }));
    } else if (m.startOnly) {
      startsAt ??= m;
    } else if (m.during) {
      if (!item.when) item.when = m.text;
      const s = SESSION.exec(after);
      const count = s ? sessionCount(s[1] as string) : 0;
      if (count > 0 && item.sessions === undefined) item.sessions = count;
    } else if (m.dayPrecise && m.kind === 'instant') {
      const sentenceEnd = after.search(SENTENCE_END);
      const rest = sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after;
      const eventTitle = cut(firstClause(rest.replace(/^[,,\s]+/, '')) || m.text, 40);
      item.events.push({ title: eventTitle, at: m.text, detail: text.slice(m.offset, m.offset + m.text.length + (sentenceEnd >= 0 ? sentenceEnd + 1 : after.length)) });
    } else if (m.kind === 'deadline' || m.kind === 'instant') deadlines.push(m);
    else if (m.kind === 'window') windows.push(m);
  }
  // 从2023年第一季度开始,每季度…: the work runs from there to the end of the plan.
  if (startsAt && !item.when) {
    const start = startsAt.text.replace(/^(?:从|自)|(?:开始|起)$/g, '');
    item.when = { start, end: ctx.planEnd ?? `${ctx.year}-12-31` };
  }
  let dueSentence: number | undefined;
  if (deadlines.length > 0 && !item.due) {
    const last = [...deadlines].sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))[0] as (typeof deadlines)[number];
    item.due = last.text;
    dueSentence = last.sentence;
    for (const d of deadlines) if (d !== last) item.todos.push(t(language, 'import.todo.otherDeadlineSplit', { text: d.text, end: d.end }));
  } else for (const d of deadlines) item.todos.push(t(language, 'import.todo.otherDeadline', { text: d.text, end: d.end }));
  for (const [i, w] of windows.entries()) {
    // A window in another sentence than the deadline is another piece of work (8月1日至9月20日,
    // 市专项行动领导小组组织联合检查…): not this task's window.
    const elsewhere = dueSentence !== undefined && w.sentence !== dueSentence;
    if (i === 0 && !item.when && !elsewhere) item.when = w.text;
    else if (w.text !== item.when) item.todos.push(t(language, 'import.todo.otherWindow', { text: w.text, start: w.start, end: w.end }));
  }
}
