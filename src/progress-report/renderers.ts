import type { Language } from '../i18n/language.js';
import type { ProgressReport } from '../progress/report-model.js';

/** What every rendering of the 督办 report gets: the facts, the language, and the day it is made on. */
export interface RenderInput {
  readonly report: ProgressReport;
  readonly language: Language;
  /** Terminal only: colour and width. */
  readonly color?: boolean;
  readonly width?: number;
}

/** Text formats return a string; Word and Excel return the file's bytes. */
export type Rendered = string | Uint8Array;

export type ReportFormat = 'terminal' | 'md' | 'json' | 'html' | 'docx' | 'xlsx';

export const REPORT_FORMATS: readonly ReportFormat[] = ['terminal', 'md', 'json', 'html', 'docx', 'xlsx'];

/**
 * Each format in its own module, loaded only when asked for (the Word library costs ~100 ms to
 * load; a terminal report should not pay it).
 */
export const renderers: Readonly<Record<ReportFormat, () => Promise<(input: RenderInput) => Rendered>>> = {
  terminal: async () => (await import('./terminal.js')).renderTerminal,
  md: async () => (await import('./markdown.js')).renderMarkdown,
  json: async () => (await import('./json.js')).renderJson,
  html: async () => (await import('./html.js')).renderHtml,
  docx: async () => (await import('./docx.js')).renderDocx,
  xlsx: async () => (await import('./xlsx.js')).renderXlsx,
};
