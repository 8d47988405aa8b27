// The only escaping functions of the emitters. Templates never see pre-escaped user text:
// eta applies one of these to every `<%= %>` interpolation (see templates.ts).

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values (also inside inline SVG). */
export function escapeHtml(value: unknown): string {
  const text = String(value ?? '');
  // Fast path: most text (CJK prose, dates, numbers) has nothing to escape.
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c) : text;
}

// Inline punctuation that can start Markdown syntax anywhere in a line: emphasis, code spans,
// links, raw HTML/autolinks, tables, strikethrough, entities. CommonMark lets any ASCII
// punctuation be backslash-escaped, so `\<` always renders as a literal `<`.
const MD_INLINE = /[\\`*_[\]<>|~&]/g;

// Block syntax only counts at the start of a line: headings, lists, quotes, setext underlines,
// ordered-list numbers (`1.` / `1)`), thematic breaks.
const MD_LINE_START = /^(\s*)([#+\-=>]|\d+(?=[.)]))/;

// Anything any of the rules below would touch; a string without it is returned as is, which
// keeps a 10,000-task plan's unit lists fast (escaping is most of their rendering time).
const MD_ANY = /[\\`*_[\]<>|~&\r\n\u2028\u2029]|:\/\/|www\.|^\s*(?:[#+\-=>]|\d+[.)])/i;

function escapeMarkdownLine(line: string): string {
  const inline = line
    .replace(MD_INLINE, '\\$&')
    // GFM turns bare URLs into links; a backslash keeps them plain text.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
  return inline.replace(MD_LINE_START, (_m, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/**
 * Escapes user text for an inline Markdown context (heading, list item, paragraph, table cell).
 * Line breaks become spaces, since a newline would end a heading, list item or table row.
 * @example escapeMarkdown('# a | b') // '\\# a \\| b'
 */
export function escapeMarkdown(value: unknown): string {
  const text = String(value ?? '');
  if (!MD_ANY.test(text)) return text;
  return escapeMarkdownLine(text.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' '));
}

/** Escapes user text for a GFM table cell, keeping line breaks as `<br>` (the only way to break a cell). */
export function escapeMarkdownCell(value: unknown): string {
  const text = String(value ?? '');
  if (!MD_ANY.test(text)) return text;
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => escapeMarkdownLine(line.trim()))
    .join('<br>');
}

/**
 * A CSS string literal (with its quotes) for `content:` in the print stylesheet (running header,
 * page footer). Quotes, backslashes and line breaks are escaped, and `<` too, so user text can
 * never close the `<style>` element.
 */
export function cssString(value: unknown): string {
  const text = String(value ?? '');
  return `"${text.replace(/["\\<>\r\n\f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
