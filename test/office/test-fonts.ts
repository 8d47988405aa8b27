import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// The fonts LibreOffice may use in the office tests, and nothing else. With the host's fontconfig,
// a page's look depends on every font someone happened to install (fonts-noto-cjk-extra, WPS's
// fonts, a Windows partition …); with this private one it depends only on these files and the
// LibreOffice version, so a screenshot made on one machine can be compared on another.
//
// The files are Debian's: .ci/run installs fonts-noto-cjk (bookworm: 1:20220127+repack1-1) and
// fonts-dejavu-core (2.37-6). The npm font package the project has (@fontsource-variable/noto-serif-sc)
// ships only WOFF2 subsets, which LibreOffice cannot load.

export interface TestFont {
  readonly path: string;
  readonly debianPackage: string;
}

export const TEST_FONTS: readonly TestFont[] = [
  ...['NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'].map((file) => ({
    path: `/usr/share/fonts/opentype/noto/${file}`,
    debianPackage: 'fonts-noto-cjk',
  })),
  ...['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => ({
    path: `/usr/share/fonts/truetype/dejavu/${file}`,
    debianPackage: 'fonts-dejavu-core',
  })),
];

/**
 * The faces the documents name (GB/T 9704's faces and their fallbacks in src/emit/docx/fonts.ts,
 * 等线 of the .xlsx, Times New Roman for digits), each sent to one test font of the same kind.
 * Without these rules fontconfig picks by its own scoring, and LibreOffice then does not fall back
 * to a CJK face at all: every Chinese character prints as a box.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Noto Serif CJK SC': ['方正小标宋简体', '宋体', 'SimSun', '仿宋_GB2312', '仿宋', 'FangSong', '楷体_GB2312', '楷体', 'KaiTi', 'serif'],
  'Noto Sans CJK SC': ['黑体', 'SimHei', '等线', 'DengXian', 'sans-serif', 'monospace'],
  'DejaVu Serif': ['Times New Roman'],
  'DejaVu Sans': ['Calibri', 'Arial'],
};

/** Why the test fonts cannot be used here, or undefined when every file is present. */
export function testFontsMissing(fonts: readonly TestFont[] = TEST_FONTS): string | undefined {
  const absent = fonts.filter((font) => !existsSync(font.path));
  if (absent.length === 0) return undefined;
  const packages = [...new Set(absent.map((font) => font.debianPackage))].join(' ');
  return `the office test fonts are missing (${absent.map((font) => basename(font.path)).join(', ')}; Debian: apt-get install ${packages})`;
}

/**
 * Writes `dir/fonts.conf`, a fontconfig that sees only copies of the test fonts in `dir/fonts`
 * (hard links or copies: LibreOffice 7.4 skips fonts reached through a symbolic link), and returns
 * its path for FONTCONFIG_FILE.
 */
export function privateFontconfig(dir: string): string {
  const fontsDir = join(dir, 'fonts');
  mkdirSync(fontsDir, { recursive: true });
  for (const font of TEST_FONTS) {
    const copy = join(fontsDir, basename(font.path));
    // A hard link costs no space where the temporary folder is on the fonts' file system.
    try {
      linkSync(font.path, copy);
    } catch {
      copyFileSync(font.path, copy);
    }
  }
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const aliases = Object.entries(ALIASES).flatMap(([face, names]) =>
    names.map((name) => `  <alias binding="same"><family>${escape(name)}</family><prefer><family>${escape(face)}</family></prefer></alias>`),
  );
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${escape(fontsDir)}</dir>`,
      `  <cachedir>${escape(join(dir, 'fontconfig-cache'))}</cachedir>`,
      ...aliases,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/** Each test font's file name with the SHA-256 of its contents: which fonts a baseline was drawn with. */
export function testFontDigests(): Record<string, string> {
  return Object.fromEntries(TEST_FONTS.map((font) => [basename(font.path), createHash('sha256').update(readFileSync(font.path)).digest('hex')]));
}
