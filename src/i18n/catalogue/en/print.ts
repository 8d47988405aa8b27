/**
 * English words of the print area (summary.pdf); keys start with 'print.'. The messages name what
 * went wrong in the reader's terms: characters that would print as empty boxes.
 */
export const print = {
  'print.no-cjk-font':
    'summary.pdf was not written: no font for Chinese characters could be used, so they would print as empty boxes ({{chars}}). Reinstall plan (its font package {{package}} is missing or damaged) or install a Chinese font (Debian/Ubuntu: apt-get install fonts-noto-cjk).',
  'print.missing-glyphs':
    'summary.pdf was not written: these characters have no glyph in any font and would print as empty boxes ({{count}} in all): {{chars}}. Install a font that has them, or write them differently in the plan.',
} as const satisfies Readonly<Record<string, string>>;
