import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  /** Source text per file, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** Files that were checked, including clean ones (JUnit and SARIF list them). */
  readonly files: readonly string[];
  /** The language of the messages, for the formatter's own words (severities, the summary line); English when absent. */
  readonly language?: 'en' | 'zh';
}

/** Turns sorted diagnostics into the text printed on stdout. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
