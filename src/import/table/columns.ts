import type { TableBlock, TableCell } from '../blocks.js';
import { notesFirstListedLeads, withoutNote } from './first-listed.js';
import { cellCovering, placeRow, type PlacedCell } from './grid.js';
import { headerView } from './header-view.js';

/**
 * What each column of a task table holds, read from its header row (or two rows when a merged
 * `责任单位` stands over `牵头单位 | 配合单位`).
 *
 * - `number`  序号/编号: the item number as written.
 * - `task`    the work itself (重点任务, 工作任务, 具体措施, 工作内容 …).
 * - `lead`    牵头单位/牵头部门/主要责任单位; `责任单位` alone, when no column says 牵头.
 * - `support` 配合/协办/参与/协同单位; `责任单位` beside a 牵头 column.
 * - `leader`  牵头领导/责任领导/责任人: people, not units, so never a unit list (kept in the detail).
 * - `due`     完成时限/时间节点/进度安排: the timing cell as written.
 * - `section` 类别/项目/领域/板块/阶段: a grouping whose value is merged down over several rows.
 * - `target`  工作目标/预期成效: kept in the detail.
 * - `detail`  any other column (备注, unknown headers): kept in the detail under its header.
 */
export type ColumnRole = 'number' | 'task' | 'lead' | 'support' | 'leader' | 'due' | 'section' | 'target' | 'detail';

export interface TableColumn {
  /** First grid column. */
  readonly col: number;
  /** Grid columns covered (a header merged over two unlabelled body columns). */
  readonly span: number;
  /** The header as written; for a two-tier header the lower label, or `upper/lower` for detail. */
  readonly header: string;
  readonly role: ColumnRole;
}

export interface TableHeader {
  /** Index of the (first) header row. */
  readonly row: number;
  /** 1, or 2 for a two-tier header. */
  readonly depth: number;
  readonly columns: readonly TableColumn[];
  /** A header cell carries `列第一位的为牵头单位`. */
  readonly firstListedLeads: boolean;
}

/** `unit` is 责任单位 and its kin: lead or support depending on the other columns. */
type HeaderWord = ColumnRole | 'unit';

/**
 * Checked in this order, because headers combine words: 牵头领导 has 牵头 (people, not a unit),
 * 任务完成时限 has 任务 (a date), 牵头责任单位 has 责任单位 (the lead), 目标任务 is the task while
 * 工作目标 is a target, 工作阶段 is a section while 重点工作 is the task.
 */
const WORDS: readonly { role: HeaderWord; re: RegExp }[] = [
  { role: 'number', re: /^(序号?|编号|序列号|No\.?|#)$/i },
  // 任务来源 / 工作依据 say where a task comes from, not what it is.
  { role: 'detail', re: /(来源|依据|出处|文件)$/ },
  { role: 'leader', re: /领导|责任人|负责人|包抓人|联系人|人员$/ },
  { role: 'lead', re: /牵头|主责|主办|主要责任|主体责任/ },
  { role: 'support', re: /配合|协办|协同|协作|参与|参加|协助|支持/ },
  { role: 'unit', re: /责任(单位|部门|科室|处室|主体)|(实施|承办|落实|承担|执行)(单位|部门|主体)|^(单位|部门|单位责任|部门责任)$/ },
  { role: 'due', re: /时限|时间|期限|节点|进度|日期|工期/ },
  { role: 'target', re: /目标$|成效|预期|成果|指标|完成标志/ },
  { role: 'section', re: /(类别|类型|分类|项目|领域|板块|阶段|方面|环节|专项)(名称)?$/ },
  { role: 'task', re: /任务|措施|内容|事项|工作|举措|要点|问题/ },
  { role: 'detail', re: /备注|说明|标准|要求|依据|形式|方式/ },
];

/** The role a header's words name, or undefined for a header this reader does not know. */
export function headerWord(header: string): HeaderWord | undefined {
  const view = withoutNote(headerView(header));
  if (view.length === 0) return undefined;
  return WORDS.find((w) => w.re.test(view))?.role;
}

/** Does this row look like a header: two known headers, one of them the work or its units? */
function isHeaderRow(row: readonly PlacedCell[]): boolean {
  const words = row.filter((p) => !p.cell.mergedFromAbove).map((p) => headerWord(p.cell.text));
  const known = words.filter((w) => w !== undefined && w !== 'detail');
  return known.length >= 2 && known.some((w) => w === 'task' || w === 'lead' || w === 'support' || w === 'unit');
}

/**
 * The row under a header is its second tier when the header merges a cell over several columns
 * and the row under names those columns, while the header's single-column cells reach down into it
 * (merged from above, or left empty by a reader that does not carry merges) — no task text in it.
 */
function isSecondTier(upper: readonly PlacedCell[], lower: readonly PlacedCell[]): boolean {
  if (!upper.some((p) => p.span > 1) && !lower.some((p) => p.cell.mergedFromAbove)) return false;
  let labels = 0;
  for (const p of lower) {
    const above = cellCovering(upper, p.col);
    const text = p.cell.text.trim();
    if (!above) return false;
    if (above.span > 1) {
      if (text.length === 0) return false;
      labels++;
    } else if (!(p.cell.mergedFromAbove || text.length === 0 || headerView(text) === headerView(above.cell.text))) {
      return false;
    }
  }
  return labels > 0;
}

interface RawColumn {
  col: number;
  span: number;
  header: string;
  word: HeaderWord | undefined;
}

function rawColumns(upper: readonly PlacedCell[], lower: readonly PlacedCell[] | undefined): RawColumn[] {
  const raw: RawColumn[] = [];
  for (const top of upper) {
    const below = lower?.filter((p) => p.col >= top.col && p.col < top.col + top.span && top.span > 1) ?? [];
    if (below.length > 0) {
      for (const p of below) {
        const label = p.cell.text.trim();
        const word = headerWord(label) ?? headerWord(top.cell.text);
        // A known lower label stands alone (牵头单位); an unknown one keeps its upper for context.
        const header = headerWord(label) !== undefined ? label : `${top.cell.text.trim()}/${label}`;
        raw.push({ col: p.col, span: p.span, header, word });
      }
      continue;
    }
    // One header over several unlabelled body columns: a unit header's first column leads.
    const header = top.cell.text.trim();
    const word = headerWord(header);
    if (top.span > 1 && (word === 'unit' || word === 'lead' || word === 'support')) {
      for (let i = 0; i < top.span; i++) raw.push({ col: top.col + i, span: 1, header, word: i === 0 ? word : 'support' });
    } else raw.push({ col: top.col, span: top.span, header, word });
  }
  return raw;
}

/**
 * Final roles. `责任单位` is the support of a table that has a 牵头 column and the lead otherwise;
 * under one merged unit header the first column leads and the others support. Of two task-like
 * columns (重点任务 | 具体措施) the rightmost is the task and the others group it (sections), since
 * such tables merge the broad task down over its several measures. A table with units but no
 * task-like column takes its rightmost section column as the task (项目 | 责任单位), else its first
 * target column (预期目标 | 责任单位); with neither it
 * is not a task table, whatever unknown columns it has (序号 | 单位 | 联系人 | 电话 is a contact list).
 */
function resolveRoles(raw: readonly RawColumn[]): TableColumn[] | undefined {
  const hasLead = raw.some((r) => r.word === 'lead');
  const roles: ColumnRole[] = raw.map((r) => (r.word === 'unit' ? (hasLead ? 'support' : 'lead') : (r.word ?? 'detail')));
  const taskIndexes = roles.flatMap((role, i) => (role === 'task' ? [i] : []));
  for (const i of taskIndexes.slice(0, -1)) roles[i] = 'section';
  const hasUnits = roles.some((r) => r === 'lead' || r === 'support');
  if (taskIndexes.length === 0) {
    // 序号 | 2022年预期目标 | 责任单位: a table of targets, each owned by its units, is a task table
    // whose work is the target.
    const sections = roles.flatMap((role, i) => (role === 'section' ? [i] : []));
    const targets = roles.flatMap((role, i) => (role === 'target' ? [i] : []));
    const promoted = sections[sections.length - 1] ?? targets[0];
    if (!hasUnits || promoted === undefined) return undefined;
    roles[promoted] = 'task';
  }
  return raw.map((r, i) => ({ col: r.col, span: r.span, header: r.header, role: roles[i] as ColumnRole }));
}

/**
 * Finds the header among the first rows (title rows may stand above it) and reads the columns.
 * Undefined when no row reads as a task-table header: a personnel list (姓名 | 职务 | 分工), a
 * schedule with no work in it, a table of figures.
 */
export function readHeader(table: TableBlock): TableHeader | undefined {
  const rows = table.rows;
  const limit = Math.min(rows.length, 8);
  for (let r = 0; r < limit; r++) {
    const upper = placeRow(rows[r] as readonly TableCell[]);
    if (!isHeaderRow(upper)) continue;
    const next = rows[r + 1];
    const lower = next ? placeRow(next) : undefined;
    const twoTier = lower !== undefined && isSecondTier(upper, lower);
    const columns = resolveRoles(rawColumns(upper, twoTier ? lower : undefined));
    if (!columns) return undefined;
    const texts = [...upper, ...(twoTier && lower ? lower : [])].map((p) => p.cell.text);
    return { row: r, depth: twoTier ? 2 : 1, columns, firstListedLeads: texts.some(notesFirstListedLeads) };
  }
  return undefined;
}
