/**
 * The task-table interpreter: a TableBlock from any reader (.docx, .xlsx, .csv, pasted text) as
 * tasks with their units, timing, detail and groups.
 */
export { readTaskTable, type ReadTaskTableOptions, type TableHeading, type TableTask, type TaskTable } from './read-task-table.js';
export { headerWord, readHeader, type ColumnRole, type TableColumn, type TableHeader } from './columns.js';
export { notesFirstListedLeads } from './first-listed.js';
