import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringLiterals } from '../../helpers/string-literals.js';

const ROOT = join(import.meta.dirname, '../../..');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The catalogues: the only place words a user reads are written. */
const CATALOGUE = 'src/i18n/catalogue/';

/**
 * Data tables: the words `plan` READS (date wordings, unit-name shapes, outline numbers, the
 * labels of a document's fields, traditional→simplified pairs) or a typeface it names. They are
 * the language of the input, not messages; each entry says why it may hold Chinese.
 */
const DATA_TABLES: Readonly<Record<string, string>> = {
  'src/dates/keywords.ts': 'date wordings the grammar reads',
  'src/dates/parse-point.ts': 'date wordings the grammar reads',
  'src/dates/recurrence.ts': 'recurrence wordings the grammar reads',
  'src/dates/read-expression.ts': 'prepositions and fillers around a date',
  'src/dates/english.ts': 'English wordings rewritten into the Chinese forms the grammar reads',
  'src/dates/suggest.ts': 'accepted date forms offered as "did you mean"',
  'src/dates/tokenize.ts': 'punctuation the tokenizer folds',
  'src/dates/numerals.ts': 'Chinese numerals',
  'src/dates/ongoing.ts': 'wordings of ongoing work',
  'src/dates/needs-dates.ts': 'periods whose dates change every year',
  'src/dates/time-of-day.ts': 'times of day the grammar reads',
  'src/dates/relative-period.ts': 'relative wordings the grammar reads',
  'src/dates/festival-event.ts': 'festival wordings the grammar reads',
  'src/dates/festival.ts': 'festival names',
  'src/dates/traditional.ts': 'traditional→simplified pairs',
  'src/dates/holidays/holiday-tables.ts': 'labels in the published holiday tables',
  'src/dates/holidays/work-calendar.ts': 'festival names in the holiday data',
  'src/import/unit-names.ts': 'shapes of unit names',
  'src/import/text-dates.ts': 'date wordings in document text (and the whole-year wording import fills in)',
  'src/import/read/number-format.ts': 'Word numbering formats',
  'src/import/read/xlsx-values.ts': 'spreadsheet date formats',
  'src/import/attribution.ts': 'wordings of lead and support in document text',
  'src/import/layout.ts': 'punctuation joining document text',
  'src/import/outline.ts': 'outline numbers',
  'src/import/item.ts': 'brackets around an item’s units and dates',
  'src/import/text.ts': 'traditional→simplified pairs',
  'src/import/table-layout.ts': 'table captions',
  'src/import/table/heading-levels.ts': 'outline numbers of heading rows',
  'src/import/table/header-view.ts': 'traditional→simplified pairs',
  'src/resolve/owners.ts': 'separators of a unit list',
  'src/emit/summary/mermaid.ts': 'full-width stand-ins for characters Mermaid reserves',
  'src/emit/unit-lists/xlsx.ts': 'typeface names',
  'src/load/slips/scan.ts': 'full-width colons, spaces, dashes and quotes a slip is made of',
  'src/load/slips/suspect.ts': 'full-width colons and spaces a slip is made of',
  'src/emit/docx/fonts.ts': 'typeface names (GB/T 9704 faces and their fallbacks)',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('words a user reads live in the catalogues', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('finds no Chinese string literal in src/ outside the catalogues and the data tables', () => {
    const strays: string[] = [];
    for (const file of files) {
      if (file.startsWith(CATALOGUE) || DATA_TABLES[file]) continue;
      for (const literal of stringLiterals(join(ROOT, file))) if (CJK.test(literal.text)) strays.push(`${file}:${literal.line} ${JSON.stringify(literal.text.slice(0, 40))}`);
    }
    expect(strays).toEqual([]);
  });

  it('lists as data tables only files that exist and hold Chinese', () => {
    const stale = Object.keys(DATA_TABLES).filter((file) => !files.includes(file) || !stringLiterals(join(ROOT, file)).some((l) => CJK.test(l.text)));
    expect(stale).toEqual([]);
  });

  it('sees through comments and regular expressions (the scanner itself)', () => {
    const literals = stringLiterals(join(import.meta.dirname, 'fixtures/literals.ts')).map((l) => l.text);
    expect(literals).toEqual(['字符串', '模板 ', ' 尾']);
  });
});
