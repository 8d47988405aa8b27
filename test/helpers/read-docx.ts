import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What test/helpers/read-docx.py reads out of a .docx with Python's zip and XML parsers. */
export interface ReadDocx {
  readonly parts: string[];
  readonly paragraphs: { style: string | null; text: string; pageBreakBefore: boolean }[];
  readonly tables: { rows: { header: boolean; cantSplit: boolean; span: number[]; cells: string[] }[]; borders: string[]; grid: number[] }[];
  readonly page: { w: number; h: number };
  readonly margins: Record<string, number>;
  readonly footerTypes: string[];
  readonly footers: Record<string, string>;
  readonly evenAndOddHeaders: boolean;
  readonly core: Record<string, string>;
  readonly zipTimes: string[];
}

const script = fileURLToPath(new URL('./read-docx.py', import.meta.url));

/** True when python3 runs here (the reader is independent of plan's own code; without it the tests say so). */
export const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Reads `bytes` as a .docx with a reader written independently of plan's writer. */
export function readDocx(bytes: Uint8Array): ReadDocx {
  const run = spawnSync('python3', [script], { input: Buffer.from(bytes), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`read-docx.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadDocx;
}
