// The task list for a terminal too narrow for the table: one block a task, a field a line
// (`牵头单位:宣传条线`), wrapped to the width, so nothing runs off the screen at any width.
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { HumanRow, Tone } from './human-rows.js';
import { displayWidth } from '../text/display-width.js';
import { wrap } from './wrap.js';
import { heading, type Column } from './words.js';

/** Fields after the first line (number and title), in the table's order. */
const FIELDS: readonly Column[] = ['due', 'status', 'progress', 'role', 'lead', 'support'];
const INDENT = '  ';

export function renderBlocks(language: Language, rows: readonly HumanRow[], width: number, paint: (line: string, tone: Tone | undefined) => string): string {
  const out: string[] = [];
  // Lines after a field's first hang further in, so where each field starts stands out.
  const put = (text: string, indent: string, tone: Tone | undefined, hang = `${indent}${INDENT}`): void => {
    const [first = '', ...rest] = wrap(text, width - hang.length);
    out.push(paint(indent + first, tone));
    for (const line of rest) out.push(paint(hang + line, tone));
  };
  for (const row of rows) {
    const { cells } = row;
    if (row.kind === 'task') {
      if (out.length > 0) out.push('');
      // The title's own lines line up after its number (1.(2) …), clear of the fields below.
      const under = displayWidth(cells.number) + 1;
      put(`${cells.number} ${cells.title}`, '', row.tone, ' '.repeat(under <= width / 3 ? under : INDENT.length * 2));
      for (const column of FIELDS) if (cells[column] !== '') put(t(language, 'tasks.field', { label: heading(language, column), value: cells[column] }), INDENT, row.tone);
    } else {
      put([cells.due, cells.status, cells.title].filter((c) => c !== '').join(' '), INDENT, row.tone);
    }
  }
  return `${out.join('\n')}\n`;
}
