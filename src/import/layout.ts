import { resolveDate, type DateContext } from '../dates/index.js';
import { readAttribution, trailingBracket } from './attribution.js';
import type { ItemInput } from './item.js';
import type { OutlineNode } from './outline.js';
import { findDates } from './text-dates.js';
import { isFieldLine } from './attribution.js';

/**
 * Where each part of the outline goes: phases (a heading with its window in brackets), tasks,
 * organisational measures (组织保障 …, 职责分工), or prose kept verbatim.
 */
export interface Layout {
  readonly phases: { title: string; when: string; number: string; items: ItemInput[]; firstIndex: number }[];
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
  readonly window?: string;
  readonly lead?: readonly string[];
}

function readHeading(text: string, ctx: DateContext): Heading {
  const bracket = trailingBracket(text);
  const attribution = bracket ? readAttribution(bracket.inner, ctx) : undefined;
  if (!bracket || !attribution) return { title: text.replace(/[。:]$/, '') };
  const title = text.slice(0, bracket.start).trim().replace(/[。:]$/, '');
  const lead = [...attribution.lead, ...attribution.responsible];
  const timing = attribution.timing[0];
  const outcome = timing ? resolveDate(timing, ctx) : undefined;
  const window = outcome?.ok && (outcome.value.kind === 'window' || outcome.value.kind === 'ongoing') ? timing : undefined;
  return { title, ...(window ? { window } : {}), ...(lead.length > 0 ? { lead } : {}) };
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

function hasWhoOrWhen(node: OutlineNode, ctx: DateContext): boolean {
  const bracket = trailingBracket([node.text, ...node.body].join('\n'));
  if (bracket && readAttribution(bracket.inner, ctx)) return true;
  if (node.body.some(isFieldLine) || /牵头|负责/.test(node.text)) return true;
  return findDates([node.text, ...node.body].join('\n'), ctx).length > 0;
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

  const visit = (node: OutlineNode, path: string, headings: string[], sectionLead: readonly string[] | undefined, inMeasures: boolean): void => {
    const number = path ? `${path}.${markerNumber(node.marker)}` : markerNumber(node.marker);
    const head = readHeading(node.text, ctx);
    const label = `${node.marker}${head.title}`;
    const lead = head.lead ?? sectionLead;
    if (head.window && !inMeasures && (node.children.length > 0 || node.body.length > 0)) {
      const phase = { title: head.title, when: head.window, number, items: [] as ItemInput[], firstIndex: node.index };
      layout.phases.push(phase);
      if (node.children.length === 0) {
        node.body.forEach((p, k) => phase.items.push({ number: `${number}.${k + 1}`, kind: 'task', text: p, body: [], ...(lead ? { sectionLead: lead } : {}) }));
      } else {
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
      node.children.forEach((c) => visit(c, number, [...headings, label], lead, inMeasures));
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
    layout.loose.push({ item: itemOf(node, number, 'task', headings.length ? headings.join(' / ') : undefined, lead), index: node.index });
  };

  layout.preamble.push(...tableRows(root.body, '', undefined, -1));
  root.children.forEach((c) => visit(c, '', [], undefined, false));
  return layout;
}
