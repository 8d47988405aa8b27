import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { comparePages, DPI, PAGE_LIMIT, TILE_LIMIT, withinTolerance, type PageDifference } from './page-compare.js';
import { readGreyPng, writeGreyPng, type GreyImage } from './grey-png.js';
import { parsePgm } from '../browser/pgm.js';
import { privateFontconfig, testFontDigests, testFontsMissing } from './test-fonts.js';

// What the LibreOffice tests share: converting documents to PDF with the test's own fonts and a
// profile of its own, drawing pages, and comparing them with the committed baselines in
// test/office/baselines/ (PLAN_UPDATE_BASELINE=1 writes them anew).

export const BASELINES = fileURLToPath(new URL('./baselines/', import.meta.url));
const ENVIRONMENT_FILE = join(BASELINES, 'environment.json');
const updating = (): boolean => process.env.PLAN_UPDATE_BASELINE === '1';

/** What `soffice --version` said, asked once (LibreOffice takes a second or more to start). */
let libreofficeVersion: string | undefined;

/** The office tests' tools, or why they cannot run (then CI fails and a developer's run skips). */
export function officeToolsMissing(): string | undefined {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (soffice.status !== 0) return 'soffice not found (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)';
  libreofficeVersion = soffice.stdout.trim();
  for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) {
    if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error) return `${tool} not found (Debian: apt-get install poppler-utils)`;
  }
  return undefined;
}

/**
 * Whether pages can be compared with the baselines here: the test fonts must be installed. In CI
 * they must be (it installs them), so there their absence is an error, not a skip.
 */
export function screensMissing(label: string, missing = testFontsMissing()): string | undefined {
  if (missing !== undefined) {
    if (process.env.CI === 'true') throw new Error(`${label}: ${missing}; CI must compare the LibreOffice pages with their baselines`);
    console.warn(`${label}: page baselines skipped: ${missing}`);
  }
  return missing;
}

/**
 * Converts the documents to PDF in `dir` in one LibreOffice run, with a profile of its own (another
 * LibreOffice on the machine must not hold this one's lock) and, when they are installed, only the
 * test fonts. Each document's PDF is `dir/<its name>.pdf`: give the documents distinct names.
 */
export function convertToPdf(documents: readonly string[], dir: string): void {
  const env = { ...process.env };
  if (testFontsMissing() === undefined) env.FONTCONFIG_FILE = privateFontconfig(join(dir, 'fontconfig'));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...documents], {
    stdio: 'ignore',
    timeout: 240_000,
    env,
  });
}

/** One page of a PDF drawn in grey at `dpi`, written as a PNG file beside `prefix`, and its pixels. */
export function drawPage(pdf: string, page: number, prefix: string, dpi = DPI): { file: string; image: GreyImage } {
  // pdftoppm writes a grey PNG with three colour channels; its PGM is the grey itself.
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const image = parsePgm(readFileSync(`${prefix}.pgm`));
  const file = `${prefix}.png`;
  writeFileSync(file, writeGreyPng(image));
  return { file, image };
}

interface DrawingEnvironment {
  readonly libreoffice: string;
  readonly poppler: string;
  readonly dpi: number;
  readonly fonts: Record<string, string>;
}

function currentEnvironment(): DrawingEnvironment {
  const libreoffice = libreofficeVersion ?? execFileSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  const poppler = /version\s+(\S+)/.exec(spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).stderr)?.[1] ?? 'unknown';
  return { libreoffice, poppler, dpi: DPI, fonts: testFontDigests() };
}

/** The outcome of comparing this machine with environment.json: checked once per test file. */
let environmentVerdict: Error | 'same' | undefined;

/**
 * Stops with a plain explanation when this machine would draw the pages with another LibreOffice,
 * poppler or fonts than the baselines were drawn with: a pixel difference would say nothing then.
 * When updating, records this machine's instead.
 */
function checkEnvironment(): void {
  environmentVerdict ??= environmentVerdictHere();
  if (environmentVerdict !== 'same') throw environmentVerdict;
}

function environmentVerdictHere(): Error | 'same' {
  const here = currentEnvironment();
  if (updating() || !existsSync(ENVIRONMENT_FILE)) {
    if (process.env.CI === 'true') return new Error(`no ${ENVIRONMENT_FILE} (or PLAN_UPDATE_BASELINE=1 in CI): make the baselines on a developer machine and commit them`);
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(ENVIRONMENT_FILE, `${JSON.stringify(here, null, 2)}\n`);
    return 'same';
  }
  const made = JSON.parse(readFileSync(ENVIRONMENT_FILE, 'utf8')) as DrawingEnvironment;
  const differences: string[] = [];
  if (made.libreoffice !== here.libreoffice) differences.push(`LibreOffice: baselines "${made.libreoffice}", here "${here.libreoffice}"`);
  if (made.poppler !== here.poppler) differences.push(`poppler (pdftoppm): baselines ${made.poppler}, here ${here.poppler}`);
  if (made.dpi !== here.dpi) differences.push(`resolution: baselines ${made.dpi} dpi, the test now ${here.dpi} dpi`);
  for (const [font, digest] of Object.entries(made.fonts)) {
    if (here.fonts[font] !== digest) differences.push(`font ${font}: not the file the baselines were drawn with (SHA-256 ${digest.slice(0, 12)}…, here ${here.fonts[font]?.slice(0, 12) ?? 'absent'}…)`);
  }
  if (differences.length === 0) return 'same';
  return new Error(
    [
      'The LibreOffice page baselines cannot be compared on this machine: it draws pages with other software or fonts than they were made with.',
      ...differences.map((line) => `  - ${line}`),
      "Run the tests where LibreOffice, poppler and the fonts are the baselines' (Debian bookworm's, as .ci/run installs them), or, when moving",
      'the project to new versions on purpose, run the office tests with PLAN_UPDATE_BASELINE=1, look at every picture in',
      'test/office/baselines/ and commit them with environment.json.',
    ].join('\n'),
  );
}

/** How a picture differs from the committed baseline `name`.png (which must exist). */
export function baselineDifference(name: string, image: GreyImage): PageDifference {
  checkEnvironment();
  return comparePages(readGreyPng(readFileSync(join(BASELINES, `${name}.png`))), image);
}

/**
 * Compares a drawn page with the baseline `name`.png. Returns what is wrong in words, or
 * undefined when the page matches; writes the baseline instead when PLAN_UPDATE_BASELINE=1.
 */
export function differsFromBaseline(name: string, drawn: { file: string; image: GreyImage }): string | undefined {
  checkEnvironment();
  const baselineFile = join(BASELINES, `${name}.png`);
  if (updating() || !existsSync(baselineFile)) {
    if (process.env.CI === 'true') throw new Error(`no baseline ${baselineFile}: run the office tests with PLAN_UPDATE_BASELINE=1 on a developer machine, look at it, commit it`);
    writeFileSync(baselineFile, readFileSync(drawn.file));
    return undefined;
  }
  const difference = baselineDifference(name, drawn.image);
  if (withinTolerance(difference)) return undefined;
  // Kept where a test's own temporary folder (removed after the run) does not take them along.
  const kept = join(tmpdir(), 'plan-office-pages');
  mkdirSync(kept, { recursive: true });
  const drawnFile = join(kept, `${name}.png`);
  const mapFile = join(kept, `${name}-difference.png`);
  copyFileSync(drawn.file, drawnFile);
  writeFileSync(mapFile, writeGreyPng(difference.map));
  const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
  return difference.sameSize
    ? `${name}: the page no longer looks like its baseline: ${percent(difference.worstTile)} of the square centimetre ${difference.worstAtMm.x} mm from the left, ${difference.worstAtMm.y} mm from the top differs (limit ${percent(TILE_LIMIT)}), ${percent(difference.page)} of the page (limit ${percent(PAGE_LIMIT)}). Drawn: ${drawnFile}; differences in black: ${mapFile}; baseline: ${baselineFile}. If the change is intended, run with PLAN_UPDATE_BASELINE=1 and look at the new picture before committing it.`
    : `${name}: the page has another size than its baseline (${drawn.image.width}×${drawn.image.height} pixels): another paper size or orientation. Drawn: ${drawnFile}; baseline: ${baselineFile}.`;
}
