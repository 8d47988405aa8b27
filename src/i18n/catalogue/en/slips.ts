/**
 * English words of the slips area; keys start with 'slips.'. Typing slips in YAML syntax
 * (src/load/slips/) and the report of `plan lint --fix` (src/fix/).
 */
export const slips = {
  'slips.yaml-fullwidth-colon': "Full-width colon '：' after the key '{{key}}': YAML reads only the ASCII colon. Write '{{key}}: ' (colon, then a space), or run plan lint --fix.",
  'slips.yaml-fullwidth-space.indent': "Full-width space '　' in the indentation: YAML indents with ASCII spaces only. Replace it with two spaces, or run plan lint --fix.",
  'slips.yaml-fullwidth-space.separator': "Full-width space '　' after '{{mark}}': YAML needs an ASCII space there. Replace it with a space, or run plan lint --fix.",
  'slips.yaml-tab-indent': 'Tab in the indentation: YAML does not allow tabs for indenting. Indent with spaces, or run plan lint --fix.',
  'slips.yaml-fullwidth-dash': "'{{dash}}' is not a YAML list dash: start a list item with the ASCII hyphen '- ', or run plan lint --fix.",
  'slips.yaml-missing-colon': "The key '{{key}}' has no colon after it: write '{{key}}: ' and then the value.",
  'slips.yaml-missing-space': "The colon after the key '{{key}}' needs a space after it, or YAML reads it all as one word: write '{{key}}: ', or run plan lint --fix.",
  'slips.yaml-unclosed-quote': 'This quote {{quote}} is never closed, so everything after it is read as text: close it with {{quote}} at the end of the value.',
  'slips.yaml-unclosed-quote.wide': "This quote {{quote}} is closed with the Chinese quote '{{wide}}', which YAML does not read: close it with the ASCII {{quote}}, or drop both quotes.",
  'slips.yaml-broken-value': "The value of '{{key}}' (line {{line}}) goes on here, but this line is not indented, so YAML reads it as a new key: join it to line {{line}}, or indent it further.",
  'slips.yaml-folded-value': "The value of '{{key}}' is broken over two lines: YAML joins them with a space ('{{before}} {{after}}'). Write the value on one line.",
  'slips.yaml-folded-value.item': "This list item is broken over two lines: YAML joins them with a space ('{{before}} {{after}}'). Write it on one line.",
  'slips.yaml-chinese-key.one': "The key '{{key}}' in {{where}} is typed in Chinese; plan keys are English: write '{{suggestion}}'.",
  'slips.yaml-chinese-key.choice': "The key '{{key}}' in {{where}} is typed in Chinese; plan keys are English: write one of {{choices}}, by what you mean.",
  'slips.yaml-chinese-key.unknown': "The key '{{key}}' in {{where}} is typed in Chinese; plan keys are English. Allowed keys: {{allowed}}.",
  'slips.fix.yaml-fullwidth-colon': '{{file}}: {{count}} full-width colon(s) made ASCII',
  'slips.fix.yaml-missing-space': '{{file}}: {{count}} space(s) put after a colon',
  'slips.fix.yaml-fullwidth-space': '{{file}}: {{count}} full-width space(s) made ASCII',
  'slips.fix.yaml-tab-indent': '{{file}}: {{count}} tab indent(s) made spaces',
  'slips.fix.yaml-fullwidth-dash': '{{file}}: {{count}} list dash(es) made ASCII',
  'slips.fix.yaml-chinese-key': '{{file}}: {{count}} Chinese key(s) written in English',
  'slips.fix.formatted': '{{file}}: laid out as plan fmt does',
  'slips.fix.layout-held': '{{file}}: not laid out as plan fmt does while a value is broken over two lines (see the warning below); join the lines first',
  'slips.fix.unparseable': '{{file}}: not fixed, it would still not be valid YAML; nothing was written. Fix the problems below by hand.',
  'slips.fix.stdin': '--fix rewrites files; it cannot rewrite standard input',
  'slips.help.fix': 'repair typing slips (full-width colons, spaces and dashes, tabs) and lay the file out as plan fmt does',
} as const satisfies Readonly<Record<string, string>>;
