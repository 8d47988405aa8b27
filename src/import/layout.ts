import { resolveDate, type DateContext } from '../dates/index.js';
import { readAttribution, trailingBracket } from './attribution.js';
import type { ItemInput } from './item.js';
import type { OutlineNode } from './outline.js';
import { subjectsOf } from './subject.js';
import { findDates, wholeYear } from './text-dates.js';
import { UnitRoster } from './units.js';
import { isFieldLine } from './attribution.js';

/**
 * Where each part of the outline goes: phases (a heading with its window in brackets), tasks,
 * organisational measures (组织保障 …, 职责分工), or prose kept verbatim.
 */
export interface Layout {
  /** `byDeadline`: the document gives only the stage's end (摸底排查阶段(4月15日前)). */
  readonly phases: { title: string; when: string | { start: string; end: string }; byDeadline?: boolean; undated?: boolean; daysOnly?: string; number: string; items: ItemInput[]; firstIndex: number }[];
  /** Tasks outside any phase, with the paragraph index that orders them. */
  readonly loose: { item: ItemInput; index: number }[];
  readonly measures: ItemInput[];
  readonly preamble: string[];
  readonly sections: { heading: string; paragraphs: string[] }[];
}

const MEASURE_HEADING = /保障|组织领导|工作要求|职责分工|保障措施|有关要求|工作机制/;
const DATE_LABEL = /(?:^|[\s。;])((?:第?[一二三四])季度|上半年|下半年|\d{1,2}月份?)[::]/g;

function markerNumber(marker: string): string {
  return marker.replace(/[、.()〔〕【】]/g, '');
}

interface Heading {
  readonly title: string;
  /** A window the heading gives: a phase. */
  readonly window?: string;
  /** A deadline the heading gives (摸底排查阶段(2011年4月15日前)): a phase ending then. */
  readonly deadline?: string;
  readonly lead?: readonly string[];
  /** Text after the heading in the same paragraph (阶段(3月)。各社区要…): the phase's own work. */
  readonly rest?: string;
  /** A stage of a schedule that gives no dates (第一阶段启动宣传阶段。…): a phase all the same. */
  readonly undatedStage?: boolean;
  /** 第一阶段:…(1日——4日) in a one-month activity: days completed with the period's month. */
  readonly days?: { readonly start: string; readonly end: string; readonly written: string };
}

/**
 * (1日——4日) gives days only; in a plan whose period is one month (活动时间：三月份) they are days
 * of that month. Undefined when the period spans months (the month cannot be known).
 */
function daysInPeriod(inner: string, ctx: DateContext): Heading['days'] {
  const m = /^\s*(\d{1,2})日?\s*(?:[—–~-]+|至|到)\s*(\d{1,2})日\s*$/.exec(inner);
  if (!m || !ctx.planStart || !ctx.planEnd || ctx.planStart.slice(0, 7) !== ctx.planEnd.slice(0, 7)) return undefined;
  const month = ctx.planStart.slice(0, 7);
  const [from, to] = [Number(m[1]), Number(m[2])];
  const last = Number(ctx.planEnd.slice(8, 10));
  if (!(from >= 1 && from <= to && to <= last)) return undefined;
  const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
  return { start: day(from), end: day(to), written: inner.trim() };
}

/** Words that name a stage of a schedule, and sections that hold the stages. */
const STAGE = /(?:阶段|步骤|环节)$/;
export const STEPS_SECTION = /实施步骤|工作步骤|方法步骤|步骤安排|时间安排|进度安排|时间步骤|实施阶段|工作阶段|阶段安排|推进步骤/;

function timingOf(text: string, ctx: DateContext): { window?: string; deadline?: string } {
  const outcome = resolveDate(text, ctx);
  if (!outcome.ok) return {};
  if (outcome.value.kind === 'window' || outcome.value.kind === 'ongoing') return { window: text };
  if (outcome.value.kind === 'deadline') return { deadline: text };
  // A month or a day alone (2019年3月) is the phase's window.
  if (outcome.value.kind === 'instant' && outcome.value.start !== outcome.value.end) return { window: text };
  return {};
}

/**
 * A heading's title, lead and timing: `宣传发动阶段(2019年3月)`, `(省发改委总牵头)`, and, in a
 * schedule, `自查整改阶段:2019年4月--6月` or `总结提升阶段。11月至12月,…` where the date follows the
 * stage's name. `inSteps`: the heading sits under 实施步骤 / 时间安排, where every dated item is a stage.
 */
export function readHeading(text: string, ctx: DateContext, inSteps = false): Heading {
  // The heading is the first sentence; what follows in the paragraph is the stage's own work.
  // …阶段(5月) 各县(市、区)… : a gap after the bracket ends the heading as a full stop would.
  const end = /[。;]|(?<=\))\s+/.exec(text);
  const headPart = end && end.index < text.length - 1 ? text.slice(0, end.index) : text;
  const rest = end && end.index < text.length - 1 ? text.slice(end.index + end[0].length).trim() : undefined;
  const bracket = trailingBracket(headPart);
  const days = bracket ? daysInPeriod(bracket.inner, ctx) : undefined;
  if (bracket && days && (inSteps || STAGE.test(headPart.slice(0, bracket.start)))) {
    return { title: headPart.slice(0, bracket.start).trim().replace(/[。::,]$/, ''), days, ...(rest ? { rest } : {}) };
  }
  const attribution = bracket ? readAttribution(bracket.inner, ctx) : undefined;
  if (bracket && attribution) {
    const title = headPart.slice(0, bracket.start).trim().replace(/[。::,]$/, '');
    const lead = [...attribution.lead, ...attribution.responsible];
    const timing = attribution.timing[0] ? timingOf(attribution.timing[0], ctx) : {};
    const isStage = inSteps || STAGE.test(title);
    return {
      title,
      ...(timing.window ? { window: timing.window } : {}),
      ...(timing.deadline && isStage ? { deadline: timing.deadline } : {}),
      ...(lead.length > 0 ? { lead } : {}),
      ...(rest && (timing.window || timing.deadline) ? { rest } : {}),
    };
  }
  // 自查整改阶段:2019年4月--6月 / 总结验收阶段,2019年12月 : a stage named, then its dates.
  const named = /^(.{2,24}?(?:阶段|步骤))[::,、\s]*(.+)$/.exec(headPart);
  const after = named ? (named[2] as string) : inSteps ? headPart : undefined;
  if (after !== undefined) {
    const mention = findDates(after, ctx)[0];
    if (mention && mention.offset <= 2) {
      const timing = timingOf(mention.text.replace(/^(?:从|自)/, ''), ctx);
      const title = named ? (named[1] as string) : after.slice(0, mention.offset).replace(/[::,]$/, '') || after;
      const trailing = after.slice(mention.offset + mention.text.length).replace(/^[::,。]/, '').trim();
      const work = [trailing, rest].filter((t): t is string => t !== undefined && t.length > 0).join('。');
      if (timing.window || timing.deadline) return { title, ...timing, ...(work.length > 0 ? { rest: work } : {}) };
    }
  }
  // 第一阶段启动宣传阶段。各机关…: a stage named in a schedule, with no dates of its own.
  if (inSteps && STAGE.test(headPart.replace(/[。::]$/, '')) && headPart.length <= 24) return { title: headPart.replace(/[。::]$/, ''), undatedStage: true, ...(rest ? { rest } : {}) };
  return { title: text.replace(/[。:]$/, '') };
}

export function isTableRow(p: string): boolean {
  return /\S\s*\|\s*\S|\|$/.test(p);
}

/** 第三季度:… 第四季度:… in one cell or paragraph: one item per labelled window. */
function splitDateLabels(text: string): { label: string; text: string }[] | undefined {
  const marks = [...text.matchAll(DATE_LABEL)];
  if (marks.length === 0) return undefined;
  const first = marks[0] as RegExpExecArray;
  if (text.slice(0, first.index).trim().length > 0) return undefined;
  return marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < marks.length ? (marks[i + 1] as RegExpExecArray).index + 1 : text.length;
    return { label: m[1] as string, text: text.slice(start, end).trim() };
  });
}

function rowItems(row: string, number: string, heading: string | undefined): ItemInput[] {
  const cells = row.split('|').map((c) => c.trim()).filter((c) => c.length > 0);
  const [name = '', ...rest] = cells;
  const content = rest.join(' ');
  const parts = splitDateLabels(content);
  if (parts) {
    // The detail keeps the row's name and label (乡村振兴 (5分) 第三季度:…); the title is the work itself.
    return parts.map((p, k) => ({ number: `${number}.${k + 1}`, kind: 'task', text: `${name} ${p.label}:${p.text}`, titleFrom: p.text, body: [], heading: heading ? `${heading} / ${name}` : name, presetWhen: p.label }));
  }
  return [{ number, kind: 'task', text: content ? `${name}:${content}` : name, body: [], ...(heading ? { heading } : {}) }];
}

function hasWho(node: OutlineNode, ctx: DateContext): boolean {
  const bracket = trailingBracket([node.text, ...node.body].join('\n'));
  // A bracket of units (a date beside them or not) says who; a bracket that is only a date does not.
  const a = bracket ? readAttribution(bracket.inner, ctx) : undefined;
  if (a && (a.timing.length === 0 || a.lead.length + a.responsible.length > 0)) return true;
  return node.body.some(isFieldLine) || /牵头|负责/.test(node.text);
}

/** 我市规划已编制完成。各县市区要按照规划…: a sentence of the text opens with the units that act. */
function namesActor(node: OutlineNode): boolean {
  const sentences = [node.text, ...node.body].join('。').split(/[。;]/).slice(0, 6);
  const none = new UnitRoster();
  return sentences.some((s) => subjectsOf(s, none).length > 0);
}

/**
 * A stage's description, one sentence per actor (各行署…检查。各地市领导小组要于7月15日前报送…):
 * each sentence that opens with other units than the one before starts another task; sentences
 * naming nobody stay with the one before. A description that opens with no actor stays whole.
 */
export function splitByActor(paragraph: string): string[] {
  const none = new UnitRoster();
  const sentences = paragraph.match(/[^。]+(?:。|$)/g) ?? [paragraph];
  const pieces: { text: string; actor: string }[] = [];
  for (const sentence of sentences) {
    const actor = subjectsOf(sentence, none).join('、');
    const current = pieces[pieces.length - 1];
    if (current && (actor === '' || actor === current.actor || current.actor === '')) current.text += sentence;
    else pieces.push({ text: sentence, actor });
  }
  return pieces.map((p) => p.text.trim()).filter((t) => t.length > 0);
}

/**
 * A heading over unnumbered paragraphs, each opening with the unit that does it (三、工作任务 /
 * 晨光社区突出绿化… / 东田社区突出…服务中心… / 华宇社区突出科技特色…): one task per such paragraph,
 * paragraphs naming nobody staying with the one before; what comes before the first of them is the
 * section's prose. Undefined unless at least two paragraphs open with two different units (a single
 * actor, or none, leaves the heading one task as before).
 */
function paragraphsByActor(body: readonly string[]): { prose: string[]; tasks: { text: string; body: string[] }[] } | undefined {
  const none = new UnitRoster();
  const actors = body.map((p) => subjectsOf(p, none).join('、'));
  const named = actors.filter((a) => a !== '');
  if (named.length < 2 || new Set(named).size < 2) return undefined;
  const first = actors.findIndex((a) => a !== '');
  const tasks: { text: string; body: string[] }[] = [];
  body.slice(first).forEach((p, k) => {
    const last = tasks[tasks.length - 1];
    if (actors[first + k] === '' && last) last.body.push(p);
    else tasks.push({ text: p, body: [] });
  });
  return { prose: body.slice(0, first), tasks };
}

function hasWhoOrWhen(node: OutlineNode, ctx: DateContext): boolean {
  if (hasWho(node, ctx) || namesActor(node)) return true;
  return findDates([node.text, ...node.body].join('\n'), ctx).length > 0;
}

/**
 * Sections that set out aims, principles and the period (指导思想, 工作目标, 活动时间 …): their dated sentences (到2019年底,
 * 覆盖率达到90%) are targets, not tasks, unless an item names who does it.
 */
const AIMS_HEADING = /^(?:指导思想|总体要求|基本原则|工作原则|工作目标|主要目标|总体目标|目标任务|活动目标|目标要求|工作背景|重要意义|适用范围|总体思路|目标|活动主题|(?:活动|实施|整治|开展|行动)(?:时间|期限)(?:和主题)?)$/;

function anyWho(node: OutlineNode, ctx: DateContext): boolean {
  return hasWho(node, ctx) || node.children.some((c) => anyWho(c, ctx));
}

function flatten(node: OutlineNode): string[] {
  return [...node.body, ...node.children.flatMap((c) => [`${c.marker}${c.text}`, ...flatten(c)])];
}

/**
 * (1)…(4) followed by one line （责任单位：A、B、C）: when the last item's text ends in a paragraph
 * that is only an attribution, and no other item names its own units, that line is the group's.
 * It is taken off the last item and returned as the lead of every item of the group.
 */
function groupLead(node: OutlineNode, ctx: DateContext): string[] | undefined {
  const last = node.children[node.children.length - 1];
  if (!last || node.children.length < 2 || last.children.length > 0) return undefined;
  const tail = last.body[last.body.length - 1];
  const bracket = tail ? trailingBracket(tail) : undefined;
  if (!tail || !bracket || bracket.start !== 0) return undefined;
  const a = readAttribution(bracket.inner, ctx);
  const names = a ? [...a.lead, ...a.responsible] : [];
  if (names.length === 0) return undefined;
  if (node.children.slice(0, -1).some((c) => hasWho(c, ctx))) return undefined;
  last.body.pop();
  return names;
}

export function layOut(root: OutlineNode, ctx: DateContext): Layout {
  const layout: Layout = { phases: [], loose: [], measures: [], preamble: [], sections: [] };
  let row = 0;
  const tableRows = (paragraphs: readonly string[], number: string, heading: string | undefined, index: number): string[] => {
    const prose: string[] = [];
    let header = true;
    for (const p of paragraphs) {
      if (!isTableRow(p)) {
        prose.push(p);
        header = true;
        continue;
      }
      const cells = p.split('|').map((c) => c.trim()).filter(Boolean);
      // The first row of a table whose cells are short labels is its header.
      if (header && cells.every((c) => c.length <= 12 && findDates(c, ctx).length === 0)) {
        prose.push(p);
      } else {
        row++;
        for (const item of rowItems(p, `${number ? `${number}.` : ''}r${row}`, heading)) layout.loose.push({ item, index });
      }
      header = false;
    }
    return prose;
  };

  const itemOf = (node: OutlineNode, number: string, kind: 'task' | 'measure', heading: string | undefined, sectionLead: readonly string[] | undefined): ItemInput => ({
    number,
    kind,
    text: node.text,
    body: node.body,
    ...(heading ? { heading } : {}),
    ...(sectionLead ? { sectionLead } : {}),
  });

  const visit = (node: OutlineNode, path: string, headings: string[], sectionLead: readonly string[] | undefined, inMeasures: boolean, inSteps = false): void => {
    const number = path ? `${path}.${markerNumber(node.marker)}` : markerNumber(node.marker);
    const head = readHeading(node.text, ctx, inSteps || node.rank === 1.5);
    // 第二阶段:(2019年4月) names the stage only by its number.
    const title = head.title.length > 0 ? head.title : node.marker.replace(/[::、.,]$/, '');
    const label = `${node.marker}${title}`;
    const lead = head.lead ?? groupLead(node, ctx) ?? sectionLead;
    // A stage with no dates runs over the plan's period until a person gives its window (a todo says so).
    const timed = head.window ?? head.deadline ?? (head.days ? { start: head.days.start, end: head.days.end } : undefined) ?? (head.undatedStage ? (ctx.planStart && ctx.planEnd ? `${ctx.planStart}..${ctx.planEnd}` : wholeYear(ctx.year)) : undefined);
    const isStage = inSteps || STAGE.test(title) || node.rank === 1.5;
    if (timed && !inMeasures && (node.children.length > 0 || node.body.length > 0 || head.rest !== undefined || isStage)) {
      const phase: Layout['phases'][number] = { title, when: timed, ...(head.deadline && !head.window ? { byDeadline: true } : {}), ...(head.undatedStage ? { undated: true } : {}), ...(head.days ? { daysOnly: head.days.written } : {}), number, items: [], firstIndex: node.index };
      layout.phases.push(phase);
      const own = head.rest !== undefined ? [head.rest] : [];
      if (node.children.length === 0) {
        [...own, ...node.body].flatMap(splitByActor).forEach((p, k) => phase.items.push({ number: `${number}.${k + 1}`, kind: 'task', text: p, body: [], ...(lead ? { sectionLead: lead } : {}) }));
      } else {
        own.forEach((p) => phase.items.push({ number: `${number}.0`, kind: 'task', text: p, body: [], ...(lead ? { sectionLead: lead } : {}) }));
        if (node.body.length > 0) layout.sections.push({ heading: label, paragraphs: node.body });
        // Headings between the phase and its tasks are kept too (x-document), not only as comments.
        const collect = (child: OutlineNode, p: string, hs: string[]): void => {
          if (child.children.length === 0) phase.items.push(itemOf(child, `${p}.${markerNumber(child.marker)}`, 'task', hs.length ? hs.join(' / ') : undefined, lead));
          else {
            layout.sections.push({ heading: `${child.marker}${child.text}`, paragraphs: child.body });
            child.children.forEach((c) => collect(c, `${p}.${markerNumber(child.marker)}`, [...hs, `${child.marker}${child.text}`]));
          }
        };
        node.children.forEach((c) => collect(c, number, []));
      }
      return;
    }
    if (AIMS_HEADING.test(title.replace(/[。::]$/, '')) && !inMeasures && !anyWho(node, ctx)) {
      layout.sections.push({ heading: label, paragraphs: flatten(node) });
      return;
    }
    const measures = inMeasures || (node.children.length + node.body.length > 0 && MEASURE_HEADING.test(head.title) && node.text.length <= 30);
    if (measures && !inMeasures) {
      if (node.children.length === 0) {
        layout.sections.push({ heading: label, paragraphs: [] });
        node.body.forEach((p, k) => layout.measures.push({ number: `${number}.${k + 1}`, kind: 'measure', text: p, body: [], ...(lead ? { sectionLead: lead } : {}) }));
        return;
      }
      layout.sections.push({ heading: label, paragraphs: node.body });
      node.children.forEach((c) => visit(c, number, [...headings, label], lead, true));
      return;
    }
    if (node.children.length > 0) {
      const prose = tableRows(node.body, number, [...headings, label].join(' / '), node.index);
      layout.sections.push({ heading: label, paragraphs: prose });
      const steps = STEPS_SECTION.test(title) && title.length <= 20;
      node.children.forEach((c) => visit(c, number, [...headings, label], lead, inMeasures, steps));
      return;
    }
    if (inMeasures) {
      layout.measures.push(itemOf(node, number, 'measure', undefined, lead));
      return;
    }
    // A heading over prose (一、深刻领会…意义 + paragraphs) with no unit and no date is not a task.
    if (!hasWhoOrWhen(node, ctx) && node.body.length > 0 && !/。/.test(node.text) && node.text.length <= 40) {
      const prose = tableRows(node.body, number, label, node.index);
      layout.sections.push({ heading: label, paragraphs: prose });
      return;
    }
    const byActor = !hasWho(node, ctx) && !/。/.test(node.text) && node.text.length <= 40 ? paragraphsByActor(node.body) : undefined;
    if (byActor) {
      layout.sections.push({ heading: label, paragraphs: byActor.prose });
      byActor.tasks.forEach((task, k) => layout.loose.push({ item: { number: `${number}.${k + 1}`, kind: 'task', text: task.text, body: task.body, ...(headings.length ? { heading: headings.join(' / ') } : {}), ...(lead ? { sectionLead: lead } : {}) }, index: node.index }));
      return;
    }
    layout.loose.push({ item: itemOf(node, number, 'task', headings.length ? headings.join(' / ') : undefined, lead), index: node.index });
  };

  layout.preamble.push(...tableRows(root.body, '', undefined, -1));
  root.children.forEach((c) => visit(c, '', [], undefined, false));
  return layout;
}

/**
 * A stage given by its deadline alone runs from the day after the stage before it ends (the
 * first one from the plan's start, which the compiler supplies for a deadline-only window).
 */
export function chainDeadlineStages(phases: Layout['phases'], ctx: DateContext): void {
  const ordered = [...phases].sort((a, b) => a.firstIndex - b.firstIndex);
  ordered.forEach((phase, i) => {
    const before = ordered[i - 1];
    if (!phase.byDeadline || !before || typeof phase.when !== 'string') return;
    const previous = typeof before.when === 'string' ? resolveDate(before.when, ctx) : resolveDate(before.when.end, ctx);
    if (!previous.ok) return;
    const next = new Date(`${previous.value.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    phase.when = { start: next.toISOString().slice(0, 10), end: phase.when };
  });
}
