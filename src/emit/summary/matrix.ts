import type { PlanIndex } from './plan-index.js';

export interface MatrixCell {
  readonly lead: number;
  readonly support: number;
  /** `2 / 1`, or an empty string for a unit with nothing in that column. */
  readonly text: string;
}

export interface MatrixRow {
  readonly unitId: string;
  readonly name: string;
  /** One cell per phase, then one for the measures, then the total. */
  readonly cells: readonly MatrixCell[];
}

/** A column heading; `number` (`1. `) is ours, `title` is user text. */
export interface MatrixColumn {
  readonly number: string;
  readonly title: string;
}

export interface UnitMatrix {
  /** Phases in order, then the measures, then the total. */
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

function cell(lead: number, support: number): MatrixCell {
  return { lead, support, text: lead + support === 0 ? '' : `${lead} / ${support}` };
}

/** Counts tasks led and supported per unit per phase from the per-unit grouping (no rescans). */
export function buildMatrix(index: PlanIndex): UnitMatrix {
  const { labels } = index;
  const phaseCount = index.phases.length;
  const columns: MatrixColumn[] = [
    ...index.phases.map((p) => ({ number: `${p.number}. `, title: p.phase.title })),
    { number: '', title: labels.measures },
    { number: '', title: labels.total },
  ];
  const rows = index.units.map((entry): MatrixRow => {
    const lead = new Array<number>(phaseCount).fill(0);
    const support = new Array<number>(phaseCount).fill(0);
    for (const t of entry.lead) lead[t.phaseIndex] = (lead[t.phaseIndex] ?? 0) + 1;
    for (const t of entry.support) support[t.phaseIndex] = (support[t.phaseIndex] ?? 0) + 1;
    const cells = lead.map((n, i) => cell(n, support[i] ?? 0));
    cells.push(cell(entry.leadMeasures.length, entry.supportMeasures.length));
    cells.push(
      cell(entry.lead.length + entry.leadMeasures.length, entry.support.length + entry.supportMeasures.length),
    );
    return { unitId: entry.unit.id, name: entry.unit.name, cells };
  });
  return { columns, rows };
}
