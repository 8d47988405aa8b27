import { resolveDate, type DateContext } from '../dates/index.js';
import { keywordView } from './text.js';
import { looksLikeUnit, splitOutsideParens, splitUnitList } from './unit-names.js';

/** Who does a task and by when, as one parenthetical or a run of `牵头单位:` lines said it. */
export interface Attribution {
  readonly lead: string[];
  readonly support: string[];
  /** Units named without saying lead or support (责任单位 alone, a bare list, X负责). */
  readonly responsible: string[];
  /** Date wording found among the fields (6月底完成, 年内持续推进). */
  readonly timing: string[];
  /** 列第一位者为牵头部门: the first of a bare list leads. `sticky` when followed by 下同. */
  readonly firstLeads?: 'here' | 'sticky';
  /** Fields it could not read, kept for a TODO. */
  readonly unread: string[];
}

const LEAD_LABEL = /^(?:牵头单位|牵头部门|牵头领导|总牵头单位|牵头)[::](.*)$/;
const SUPPORT_LABEL = /^(?:配合单位|配合部门|协办单位|协同单位|参与单位|协助单位)[::](.*)$/;
const RESP_LABEL = /^(?:责任单位|责任部门|主要责任单位|承办单位|实施单位|负责单位)[::](.*)$/;
const TIME_LABEL = /^(?:完成时限|完成时间|时间节点|时间安排|时限)[::](.*)$/;
const LEAD_VERB = /^(.+?)(?:总牵头|牵头负责|牵头)$/;
const SUPPORT_VERB = /^(.+?)(?:配合|参与|协助|协办|按职责分工配合)$/;
const RESP_VERB = /^(.+?)(?:分别负责|按职责分工负责|按职责负责|各负其责|负责落实|负责)$/;

function isDate(text: string, ctx: DateContext): boolean {
  return /\d|年|月|季度|持续|长期|常态/.test(text) && resolveDate(text, ctx).ok;
}

function emptyAttribution(): { lead: string[]; support: string[]; responsible: string[]; timing: string[]; unread: string[]; firstLeads?: 'here' | 'sticky' } {
  return { lead: [], support: [], responsible: [], timing: [], unread: [] };
}

/**
 * Reads the fields of an attribution: `牵头单位:A、B,责任单位:C,D`, `A牵头,B配合`,
 * `国务院各部门分别负责,年内持续推进`, `省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同`.
 * Returns undefined when the text is not an attribution at all (an ordinary parenthetical).
 */
export function readAttribution(text: string, ctx: DateContext): Attribution | undefined {
  const result = emptyAttribution();
  let field: 'lead' | 'support' | 'responsible' | undefined;
  let recognised = 0;
  const segments = splitOutsideParens(text, '。,;,;');
  for (const segment of segments) {
    const key = keywordView(segment);
    let m: RegExpExecArray | null;
    if (/列第一位者?为牵头|排名第一的为牵头|第一位为牵头/.test(key)) {
      result.firstLeads = /下同/.test(key) ? 'sticky' : 'here';
      recognised++;
    } else if (/^下同$/.test(key)) {
      if (result.firstLeads) result.firstLeads = 'sticky';
      recognised++;
    } else if ((m = LEAD_LABEL.exec(key))) {
      field = 'lead';
      result.lead.push(...splitUnitList(segment.slice(segment.length - (m[1] as string).length)));
      recognised++;
    } else if ((m = SUPPORT_LABEL.exec(key))) {
      field = 'support';
      result.support.push(...splitUnitList(segment.slice(segment.length - (m[1] as string).length)));
      recognised++;
    } else if ((m = RESP_LABEL.exec(key))) {
      field = 'responsible';
      result.responsible.push(...splitUnitList(segment.slice(segment.length - (m[1] as string).length)));
      recognised++;
    } else if ((m = TIME_LABEL.exec(key))) {
      result.timing.push(segment.slice(segment.length - (m[1] as string).length));
      recognised++;
    } else if (isDate(segment, ctx)) {
      result.timing.push(segment);
      recognised++;
    } else if ((m = LEAD_VERB.exec(key)) && looksLikeUnitList(segment.slice(0, (m[1] as string).length))) {
      field = 'lead';
      result.lead.push(...splitUnitList(segment.slice(0, (m[1] as string).length)));
      recognised++;
    } else if ((m = SUPPORT_VERB.exec(key)) && looksLikeUnitList(segment.slice(0, (m[1] as string).length))) {
      field = 'support';
      result.support.push(...splitUnitList(segment.slice(0, (m[1] as string).length)));
      recognised++;
    } else if ((m = RESP_VERB.exec(key)) && looksLikeUnitList(segment.slice(0, (m[1] as string).length))) {
      field = 'responsible';
      result.responsible.push(...splitUnitList(segment.slice(0, (m[1] as string).length)));
      recognised++;
    } else if (looksLikeUnitList(segment)) {
      // A bare list continues the field before it (`责任单位:D,E`), or stands alone.
      result[field ?? 'responsible'].push(...splitUnitList(segment));
      recognised++;
    } else {
      result.unread.push(segment);
    }
  }
  // An ordinary remark in brackets: nothing here names a unit or a date.
  if (recognised === 0 || (result.unread.length > 0 && recognised < result.unread.length)) return undefined;
  return result;
}

function looksLikeUnitList(text: string): boolean {
  const names = splitUnitList(text);
  return names.length > 0 && names.every(looksLikeUnit);
}

/** The bracketed group that ends a paragraph (before a final 。), if any: `(…)`, `[…]`, `【…】`, `〔…〕`. */
export function trailingBracket(text: string): { inner: string; start: number } | undefined {
  const trimmed = text.replace(/[。\s]+$/, '');
  const close = trimmed[trimmed.length - 1];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '】': '【', '〕': '〔' };
  const open = close ? pairs[close] : undefined;
  if (!open) return undefined;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i] as string;
    if (ch === close || (close === ')' && ch === ')')) depth++;
    else if (ch === open || (open === '(' && ch === '(')) {
      depth--;
      if (depth === 0) return { inner: trimmed.slice(i + 1, trimmed.length - 1), start: i };
    }
  }
  return undefined;
}

/** A paragraph that is only a labelled field line: `牵头单位:区发改局`, `责任单位:…`. */
export function isFieldLine(paragraph: string): boolean {
  const key = keywordView(paragraph);
  return LEAD_LABEL.test(key) || SUPPORT_LABEL.test(key) || RESP_LABEL.test(key) || /^(?:完成时限|完成时间|时间节点)[::]/.test(key);
}
