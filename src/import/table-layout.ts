import type { DateContext } from '../dates/index.js';
import type { PlacedTable } from './document-parts.js';
import { foldWidth } from './fidelity.js';
import type { ItemInput } from './item.js';
import { readHeading, type Layout } from './layout.js';
import { readMarker } from './outline.js';

/**
 * Puts the rows of task tables into the layout: a heading row that gives a window
 * (一、宣传发动阶段（2019年3月）) is a phase holding the rows under it; other headings are kept as
 * the rows' heading and in x-document; every row is a task whose units and timing come from its
 * cells (the table said who and when, no sentence needs reading for it).
 */
export function layOutTables(layout: Layout, tables: readonly PlacedTable[], ctx: DateContext): void {
  tables.forEach(({ at, table }, t) => {
    const prefix = tables.length > 1 ? `表${t + 1}.` : '';
    const phases = new Map<string, Layout['phases'][number]>();
    for (const heading of table.headings) {
      const text = foldWidth(heading.text);
      const marked = readMarker(text);
      const head = readHeading(marked ? marked.text : text, ctx, true);
      const when = head.window ?? head.deadline;
      if (when) {
        const phase: Layout['phases'][number] = { title: head.title, when, ...(head.deadline && !head.window ? { byDeadline: true } : {}), number: `${prefix}${heading.number ?? marked?.marker ?? ''}`.replace(/[、.()]/g, ''), items: [], firstIndex: at + heading.row / 10000 };
        phases.set(heading.text, phase);
        layout.phases.push(phase);
      } else layout.sections.push({ heading: heading.text, paragraphs: [] });
    }
    for (const task of table.tasks) {
      const phase = task.groups.map((g) => phases.get(g)).find((p) => p !== undefined);
      const others = task.groups.filter((g) => !phases.has(g));
      const item: ItemInput = {
        number: `${prefix}${task.number ?? `r${task.row}`}`,
        kind: 'task',
        text: foldWidth(task.text),
        body: [],
        ...(others.length > 0 ? { heading: foldWidth(others.join(' / ')) } : {}),
        preset: {
          lead: task.lead.map(foldWidth),
          support: task.support.map(foldWidth),
          ...(task.timing ? { timing: task.timing.split('\n').map(foldWidth) } : {}),
          extraDetail: task.detail.map((d) => foldWidth(`${d.header}:${d.text}`)),
        },
      };
      if (phase) phase.items.push(item);
      else layout.loose.push({ item, index: at + task.row / 10000 });
    }
  });
}
