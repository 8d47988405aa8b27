import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { browserToolsMissing } from './browser-tools.js';
import { parsePgm } from './pgm.js';

// `plan build --pdf` on a machine without Chinese fonts: Chromium is started with a fontconfig
// that sees only the DejaVu folder, so the system's fonts-noto-cjk is invisible.
// Before issue 19 this printed a box for every Chinese character, without a word.
const root = fileURLToPath(new URL('../../', import.meta.url));
const planPath = join(root, 'plans/xietang-2018.yaml');
const plan = compile({ path: planPath, text: readFileSync(planPath, 'utf8') }).plan;

const missing = browserToolsMissing('test/browser/no-host-fonts', () =>
  existsSync('/usr/share/fonts/truetype/dejavu') ? undefined : 'no DejaVu fonts (Debian: apt-get install fonts-dejavu-core)',
);

// The Latin fonts every Linux has (fonts-dejavu-core; .ci/run installs it): a machine with no font
// at all is not realistic, and there Chromium refuses web fonts as well (it then fails just the same).
const LATIN_ONLY = '/usr/share/fonts/truetype/dejavu';

/** A fontconfig that knows only the DejaVu fonts: what a bare server looks like to Chromium. */
function latinOnlyFontconfig(dir: string): string {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${LATIN_ONLY}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  return file;
}

function build(out: string, env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin/plan.js'), 'build', planPath, '-o', out, '--pdf'], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env },
    timeout: 170_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe.skipIf(missing !== undefined)('summary.pdf on a machine without Chinese fonts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-nofonts-'));
  const FONTCONFIG_FILE = latinOnlyFontconfig(dir);
  const shanghai = join(dir, 'shanghai');
  const losAngeles = join(dir, 'los-angeles');

  beforeAll(() => {
    if (!plan) throw new Error('the Xietang plan does not compile');
    for (const [out, TZ] of [
      [shanghai, 'Asia/Shanghai'],
      [losAngeles, 'America/Los_Angeles'],
    ] as const) {
      const { status, stderr } = build(out, { FONTCONFIG_FILE, TZ });
      if (status !== 0) throw new Error(`plan build --pdf exited ${status}: ${stderr}`);
    }
  }, 360_000);

  it('holds the Chinese title and every task title as text (boxes would not extract)', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(shanghai, 'summary.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(plan?.title);
    const tasks = [...(plan?.phases.flatMap((p) => p.tasks) ?? []), ...(plan?.measures ?? [])];
    expect(tasks.length).toBeGreaterThan(20);
    for (const t of tasks) expect(text, t.title).toContain(t.title.replace(/\s+/g, ''));
  });

  it('draws the title with real glyphs: twice the ink that empty boxes leave in the title area of page 1', () => {
    const prefix = join(dir, 'page-1');
    execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', join(shanghai, 'summary.pdf'), prefix]);
    const page = parsePgm(readFileSync(`${prefix}.pgm`));
    // The issuer line and the title sit between 8% and 22% of the page height, across the middle.
    const ink = (top: number, bottom: number): number => {
      let dark = 0;
      for (let y = Math.floor(page.height * top); y < page.height * bottom; y++)
        for (let x = Math.floor(page.width * 0.15); x < page.width * 0.85; x++) if ((page.pixels[y * page.width + x] ?? 255) < 160) dark++;
      return dark;
    };
    // Boxes have ink too, but only their outline: measured at 50 dpi, the boxes the old build
    // printed here gave 1024 dark pixels, the real characters 2181 (a blank band gives 0).
    expect(ink(0.08, 0.22)).toBeGreaterThan(1600);
  });

  it('uses the font plan carries, not a system font', () => {
    // Chromium embeds the variable font as Type 3 glyphs (pdffonts shows no name); the font
    // descriptors still name it. DejaVu, the only system font visible, has no Chinese.
    const bytes = readFileSync(join(shanghai, 'summary.pdf')).toString('latin1');
    expect(bytes).toMatch(/\/FontName \/[A-Z]{6}\+NotoSerifSC/);
  });

  it('is the same bytes in any time zone, dated from the plan, not the clock', () => {
    const a = readFileSync(join(shanghai, 'summary.pdf'));
    const b = readFileSync(join(losAngeles, 'summary.pdf'));
    expect(a.equals(b)).toBe(true);
    const info = execFileSync('pdfinfo', ['-isodates', join(shanghai, 'summary.pdf')], { encoding: 'utf8' });
    // The Xietang plan has no issue date: its start, 2018-05-01, stands in for "now".
    expect(info).toMatch(/^CreationDate:\s+2018-05-01T00:00:00/m);
    expect(info).toMatch(/^ModDate:\s+2018-05-01T00:00:00/m);
    expect(a.toString('latin1')).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('fails in Chinese, exit 2, and writes nothing when no font for Chinese can be had', () => {
    const out = join(dir, 'failed');
    mkdirSync(out);
    writeFileSync(join(out, 'earlier.txt'), 'kept');
    const { status, stderr } = build(out, { FONTCONFIG_FILE, PLAN_PDF_PACKAGED_FONT: 'off' });
    expect(status).toBe(2);
    expect(stderr).toContain('未生成 summary.pdf');
    expect(stderr).toContain('空方框');
    expect(stderr).toContain('apt-get install fonts-noto-cjk');
    expect(readdirSync(out)).toEqual(['earlier.txt']);
    expect(existsSync(join(out, 'summary.pdf'))).toBe(false);
  }, 180_000);
});
