import { resolveDate, type DateContext } from '../dates/index.js';
import { looksLikeUnitList, splitOutsideParens, splitUnitList, unitView } from './unit-names.js';

/** Who does a task and by when, as one parenthetical or a run of `牵头单位：` lines said it. */
export interface Attribution {
  readonly lead: string[];
  readonly support: string[];
  /** Units named without saying lead or support (责任单位 alone, a bare list, X负责). */
  readonly responsible: string[];
  /** Date wording found among the fields (6月底完成, 年内持续推进). */
  readonly timing: string[];
  /** 列第一位者为牵头部门: the first of a bare list leads. `sticky` when followed by 下同. */
  readonly firstLeads?: 'here' | 'sticky';
  /** People named in a 牵头领导/责任领导/责任人 field: not units, kept apart. */
  readonly people?: string[];
  /** Fields it could not read, kept for a TODO. */
  readonly unread: string[];
}

type Role = 'lead' | 'support' | 'responsible';

/**
 * 列第一位的为牵头单位, 列第一位者为牵头部门, 排在首位的为牵头单位, 排名第一的为牵头单位,
 * 第一个为牵头单位, 列在首位的…, with an optional tail (其他为配合单位) and 下同. Matched on the view.
 */
const FIRST_LEADS =
  /(?:(?:列|排|排名|排列|位列|名列)(?:在)?|居)?(?:第一位|第一个|第一|首位|首个|最前)(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)(?:单位|部门)?(?:[,，、;；]?(?:其他|其余|其它)(?:单位|部门)?(?:为|是)(?:配合|协办|责任|参与)(?:单位|部门)?)?(?:[,，、;；]?\s*下同)?/g;

/** A field label: 牵头单位, 主要责任单位, 协同配合单位, 牵头领导, 完成时限 … (what follows may be a colon). */
const UNIT_LABEL =
  /(?:(?:总|主要|直接|具体)?(?:牵头|责任|主责|协作|协同|配合|协办|参与|协助|承办|实施|负责|主办|指导|支持|落实|组织)){1,3}(?:单位|部门|处室|科室)/;
/** 牵头领导, 牵头负责领导, 分管省领导, 责任人: people, not units. */
const PEOPLE_LABEL = /(?:(?:牵头|责任|分管|包保|联系|主管|负责|包抓|挂钩)[省市县区]?){1,3}(?:领导|人)|责任人/;
/** 部门分工: 省发展改革委牵头,各地、各部门配合 — a label over verb forms, read as they are. */
const DIVISION_LABEL = /^\s*(?:部门|职责|责任|任务|单位)?分工\s*:\s*/;
const SHORT_LABEL = /(?:总牵头|牵头|配合|协办|责任)(?=\s*:)/;
const TIME_LABEL = /(?:完成时限|完成时间|完成期限|时间节点|时间安排|进度安排|时限)/;
const LABEL_AT = new RegExp(`^(${PEOPLE_LABEL.source}|${UNIT_LABEL.source}|${SHORT_LABEL.source}|${TIME_LABEL.source})\\s*(:)?\\s*`);
const LABEL_ANYWHERE = new RegExp(`(${PEOPLE_LABEL.source}|${UNIT_LABEL.source}|${TIME_LABEL.source})\\s*(:)?`, 'g');

const LEAD_VERB = /^(.+?)(?:共同牵头负责|分别牵头负责|牵头负责|共同牵头|分别牵头|总牵头|牵头抓总|牵头落实|牵头实施|牵头|主责|主办)$/;
const SUPPORT_VERB = /^(.+?)(?:按职责分工配合|按职责配合|积极配合|共同配合|配合|参与|协助|协办|协同|指导)$/;
const RESP_VERB = /^(.+?)(?:按职责分工负责|按职责分工落实|按职责负责|分别负责|各负其责|负责落实|负责实施|具体负责|共同负责|负责)$/;
const ROLE_NAMED = /^(.+?)(?:为|是)(牵头|主办|责任|配合|协办|参与|协同)(?:单位|部门)$/;
const SUPPORT_HEAD = /^(?:会同|协同|联合)(.+)$/;

function labelRole(label: string): Role | 'people' | 'time' {
  if (TIME_LABEL.test(label) && !/单位|部门/.test(label)) return 'time';
  if (/领导|人$/.test(label)) return 'people';
  if (/牵头|主责|主办/.test(label)) return 'lead';
  if (/配合|协作|协办|协同|参与|协助|指导|支持/.test(label)) return 'support';
  return 'responsible';
}

function isDate(text: string, ctx: DateContext): boolean {
  return /\d|年|月|季度|持续|长期|常态|前|底/.test(unitView(text)) && resolveDate(text, ctx).ok;
}

/** Where the first-leads notes stand in a text (view offsets), and whether one says 下同. */
function findNotes(text: string): { spans: [number, number][]; sticky: boolean } {
  const view = unitView(text);
  const spans: [number, number][] = [];
  let sticky = false;
  for (const m of view.matchAll(FIRST_LEADS)) {
    spans.push([m.index, m.index + m[0].length]);
    if (/下同/.test(m[0])) sticky = true;
  }
  // 列第一位者为牵头部门。下同 / …，下同: the 下同 may stand after its own mark.
  for (const [, end] of spans) if (/^[\s,，;；。、]*下同/.test(view.slice(end))) sticky = true;
  return { spans, sticky };
}

/** 列第一位的为牵头单位（, 下同）anywhere in a text: 'here', 'sticky' with 下同, or undefined. */
export function firstLeadsNote(text: string): 'here' | 'sticky' | undefined {
  const { spans, sticky } = findNotes(text);
  return spans.length === 0 ? undefined : sticky ? 'sticky' : 'here';
}

/** The text without its first-leads notes (and the 下同 after them), as written. */
function withoutNotes(text: string): string {
  const { spans } = findNotes(text);
  if (spans.length === 0) return text;
  const view = unitView(text);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    let stop = end;
    const tail = /^[\s,，;；。、]*下同/.exec(view.slice(end));
    if (tail) stop = end + tail[0].length;
    out += `${text.slice(at, start)}；`;
    at = stop;
  }
  // （排在首位的为牵头单位） leaves an empty bracket behind: drop it.
  return (out + text.slice(at)).replace(/[(（\[［【〔][\s;；,，、。]*[)）\]］】〕]/g, '');
}

/** Cuts a segment before a label that starts a new field inside it (责任单位:A 配合单位:B, 责任单位A配合单位B). */
function cutAtLabels(segment: string): string[] {
  const view = unitView(segment);
  const cuts: number[] = [];
  for (const m of view.matchAll(LABEL_ANYWHERE)) {
    if (m.index === 0) continue;
    const before = view[m.index - 1] as string;
    // 各责任单位 / 有关配合单位 are names, not labels.
    if (/[各关其本]/.test(before)) continue;
    if (m[2] !== undefined || /\s/.test(before) || LABEL_AT.test(view)) cuts.push(m.index);
  }
  const parts: string[] = [];
  let at = 0;
  for (const c of cuts) {
    parts.push(segment.slice(at, c));
    at = c;
  }
  parts.push(segment.slice(at));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Reads the fields of an attribution: `牵头单位：A、B，责任单位：C，D`, `A牵头，B配合`,
 * `国务院各部门分别负责，年内持续推进`, `省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同`,
 * full-width or half-width, simplified or traditional. Names come back as written.
 * Returns undefined when the text is not an attribution at all (an ordinary parenthetical).
 */
export function readAttribution(text: string, ctx: DateContext): Attribution | undefined {
  const lead: string[] = [];
  const support: string[] = [];
  const responsible: string[] = [];
  const timing: string[] = [];
  const people: string[] = [];
  const unread: string[] = [];
  const lists: Record<Role, string[]> = { lead, support, responsible };
  const note = firstLeadsNote(text);
  let field: Role | undefined;
  let recognised = note ? 1 : 0;
  const add = (role: Role, names: string[]): void => {
    for (const n of names) if (!lists[role].includes(n)) lists[role].push(n);
  };
  const segments = splitOutsideParens(withoutNotes(text).replace(DIVISION_LABEL, ''), '。;；,，\n').flatMap(cutAtLabels);
  // 区发改局牵头，区财政局、区交运局等部门，区国投公司配合: a bare list between a lead verb and
  // a support verb is governed by the support verb, as the sentence reads.
  let pending: string[] = [];
  let fieldFromVerb = false;
  for (const segment of segments) {
    const key = unitView(segment);
    let m: RegExpExecArray | null;
    if (/^(?:下同|排名不分先后|排序不分先后|不分先后)$/.test(key)) {
      recognised++;
      continue;
    }
    if ((m = LABEL_AT.exec(key))) {
      const value = segment.slice(m[0].length).trim();
      const role = labelRole(m[1] as string);
      // Without a colon the label must be followed by names (责任单位各社区居委会), else it is prose.
      if (m[2] === undefined && role !== 'people' && role !== 'time' && value.length > 0 && !looksLikeUnitList(value)) {
        unread.push(segment);
        continue;
      }
      recognised++;
      if (role === 'time') {
        if (value) timing.push(value);
        field = undefined;
      } else if (role === 'people') {
        if (value) people.push(...splitOutsideParens(value, '、,，'));
        field = undefined;
      } else {
        field = role;
        add(role, readNames(value, role, lists));
      }
      fieldFromVerb = false;
      continue;
    }
    if (isDate(segment, ctx)) {
      timing.push(segment);
      recognised++;
      continue;
    }
    const verbs = readVerbForm(segment);
    if (verbs) {
      if (pending.length > 0 && verbs[0]?.role === 'support') add('support', pending);
      else if (pending.length > 0) add(field ?? 'responsible', pending);
      pending = [];
      for (const v of verbs) add(v.role, v.names);
      field = verbs[verbs.length - 1]?.role;
      fieldFromVerb = true;
      recognised++;
      continue;
    }
    if (looksLikeUnitList(segment)) {
      // A bare list continues the field before it (`责任单位：D，E`), or stands alone; after a
      // verb form (X牵头) it waits for the next verb, which may make it support.
      if (fieldFromVerb && field === 'lead') pending.push(...splitUnitList(segment));
      else add(field ?? 'responsible', splitUnitList(segment));
      recognised++;
      continue;
    }
    unread.push(segment);
  }
  if (pending.length > 0) add(field ?? 'responsible', pending);
  // An ordinary remark in brackets: nothing here names a unit or a date.
  if (recognised === 0 || (unread.length > 0 && recognised < unread.length)) return undefined;
  // 列第一位的为牵头单位 in the same text: the first of an unlabelled list leads it.
  if (note && lead.length === 0 && responsible.length > 0) {
    lead.push(responsible.shift() as string);
    for (const r of responsible.splice(0)) if (!support.includes(r)) support.push(r);
  }
  return { lead, support, responsible, timing, unread, ...(note ? { firstLeads: note } : {}), ...(people.length > 0 ? { people } : {}) };
}

/** A value after a label may itself carry verbs: 牵头单位：A牵头，B配合 is rare but 责任单位：A负责 is not. */
function readNames(value: string, role: Role, lists: Record<Role, string[]>): string[] {
  const verbs = readVerbForm(value);
  if (!verbs) return splitUnitList(value);
  const own: string[] = [];
  for (const v of verbs) {
    if (v.role === role || v.role === 'responsible') own.push(...v.names);
    else lists[v.role].push(...v.names.filter((n) => !lists[v.role].includes(n)));
  }
  return own;
}

/** `A、B牵头`, `C按职责分工负责`, `D配合`, `会同E`, `F为牵头单位`, `G会同H负责` → the roles and the names. */
function readVerbForm(segment: string): { role: Role; names: string[] }[] | undefined {
  const key = unitView(segment);
  let m: RegExpExecArray | null;
  const names = (length: number, from = 0): string[] | undefined => {
    const part = segment.slice(from, from + length);
    return looksLikeUnitList(part) ? splitUnitList(part) : undefined;
  };
  let found: string[] | undefined;
  // 国土资源部会同农业部等部门负责落实: the one before 会同 leads, the ones after support.
  const join = /^(.+?)会同(.+)$/.exec(key);
  if (join && (found = names((join[1] as string).length))) {
    const from = (join[1] as string).length + 2;
    const rest = segment.slice(from);
    const after = readVerbForm(rest)?.flatMap((r) => r.names) ?? (looksLikeUnitList(rest) ? splitUnitList(rest) : undefined);
    if (after) return [{ role: 'lead', names: found }, { role: 'support', names: after }];
  }
  if ((m = ROLE_NAMED.exec(key)) && (found = names((m[1] as string).length))) {
    const word = m[2] as string;
    return [{ role: /牵头|主办/.test(word) ? 'lead' : word === '责任' ? 'responsible' : 'support', names: found }];
  }
  if ((m = LEAD_VERB.exec(key)) && (found = names((m[1] as string).length))) return [{ role: 'lead', names: found }];
  if ((m = SUPPORT_VERB.exec(key)) && (found = names((m[1] as string).length))) return [{ role: 'support', names: found }];
  if ((m = RESP_VERB.exec(key)) && (found = names((m[1] as string).length))) return [{ role: 'responsible', names: found }];
  if ((m = SUPPORT_HEAD.exec(key)) && (found = names((m[1] as string).length, key.length - (m[1] as string).length))) return [{ role: 'support', names: found }];
  return undefined;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '】': '【', '〕': '〔' };

/**
 * The bracketed group that ends a paragraph (before a final 。 or ；), if any: `(…)`, `（…）`,
 * `[…]`, `【…】`, `〔…〕`. Offsets are the paragraph's own.
 */
export function trailingBracket(text: string): { inner: string; start: number } | undefined {
  const view = unitView(text);
  const end = view.replace(/[。;,.\s]+$/, '').length;
  const close = view[end - 1];
  const open = close ? CLOSERS[close] : undefined;
  if (!open) return undefined;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const ch = view[i] as string;
    if (ch === close) depth++;
    else if (ch === open) {
      depth--;
      if (depth === 0) return { inner: text.slice(i + 1, end - 1), start: i };
    }
  }
  return undefined;
}

/**
 * A paragraph that is only a labelled field line (`牵头单位：区发改局`, `责任单位:…`, `完成时限：…`)
 * or only the note that the first of each list leads (`注：列第一位的为牵头单位，下同。`).
 */
export function isFieldLine(paragraph: string): boolean {
  if (DIVISION_LABEL.test(unitView(paragraph))) return true;
  const view = unitView(paragraph).trim();
  const label = LABEL_AT.exec(view);
  if (label && label[2] !== undefined) return true;
  if (!firstLeadsNote(view)) return false;
  const rest = unitView(withoutNotes(paragraph)).replace(/^(?:注|说明|备注)\s*\d*\s*:/, '').replace(/[\s()[\]【】〔〕。,;；，、:*]/g, '');
  return rest.length === 0;
}
