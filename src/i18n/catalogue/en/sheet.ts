/**
 * English words of the sheet area: what the unit workbooks (units/<id>.xlsx) show besides the
 * labels they share with the other outputs. Keys start with 'sheet.'.
 *
 * - `sheet.date-format` is a spreadsheet number format (ECMA-376 §18.8.31): how a date cell
 *   shows its date. Text in double quotes is shown as written; `;@` shows typed text as text.
 */
export const sheet = {
  'sheet.date-format': 'yyyy-mm-dd;@',
} as const satisfies Readonly<Record<string, string>>;
