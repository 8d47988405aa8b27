import { strToU8, zipSync } from 'fflate';

/**
 * Small .docx and .xlsx files built in memory for the reader tests: the XML parts written by
 * hand, as Word and Excel write them, zipped with the package parts a word processor needs to
 * open the file too (so the same builder serves the LibreOffice round trip).
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The inside of `<w:body>`. */
  readonly body: string;
  /** The inside of `<w:styles>`. */
  readonly styles?: string;
  /** The inside of `<w:numbering>`. */
  readonly numbering?: string;
}

export function makeDocx({ body, styles, numbering }: DocxParts): Uint8Array {
  const xml = (root: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${inner}</w:${root}>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        (styles !== undefined ? `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` : '') +
        (numbering !== undefined ? `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` : '') +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        (styles !== undefined ? `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : '') +
        (numbering !== undefined ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` : '') +
        `</Relationships>`,
    ),
    'word/document.xml': strToU8(xml('document', `<w:body>${body}</w:body>`)),
  };
  if (styles !== undefined) files['word/styles.xml'] = strToU8(xml('styles', styles));
  if (numbering !== undefined) files['word/numbering.xml'] = strToU8(xml('numbering', numbering));
  return zipSync(files);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph: optional style, list (numId, ilvl) and outline level, then its text in one run. */
export function p(text: string, options: { style?: string; num?: [numId: number, ilvl: number]; outline?: number } = {}): string {
  const pPr = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.num ? `<w:numPr><w:ilvl w:val="${options.num[1]}"/><w:numId w:val="${options.num[0]}"/></w:numPr>` : '',
    options.outline !== undefined ? `<w:outlineLvl w:val="${options.outline}"/>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** A list level definition for numbering.xml. */
export function lvl(ilvl: number, numFmt: string, lvlText: string, extra = '', start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/></w:lvl>`;
}

/** The five levels of a Chinese plan's outline: 一、 （一） 1. （1） ①. */
export const CHINESE_LEVELS =
  lvl(0, 'chineseCounting', '%1、') +
  lvl(1, 'chineseCounting', '（%2）') +
  lvl(2, 'decimal', '%3.') +
  lvl(3, 'decimal', '（%4）') +
  lvl(4, 'decimalEnclosedCircle', '%5');

export interface SheetSpec {
  readonly name: string;
  /** The inside of `<sheetData>`. */
  readonly rows: string;
  /** `<mergeCells>` refs, e.g. "A1:D1". */
  readonly merges?: readonly string[];
}

export function makeXlsx(sheets: readonly SheetSpec[], options: { sharedStrings?: readonly string[]; styles?: string; date1904?: boolean } = {}): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        (options.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '') +
        (options.styles ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : '') +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${R_NS}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
        // Sheet order in the workbook is the reverse of the part numbering, to check that the order comes from workbook.xml.
        sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${sheets.length - i}.xml"/>`).join('') +
        (options.sharedStrings ? `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        (options.styles ? `<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>` : '') +
        `</Relationships>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${sheets.length - i}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheet.rows}</sheetData>${merges}</worksheet>`);
  });
  if (options.sharedStrings) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${options.sharedStrings.length}">${options.sharedStrings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${escape(s)}</t></si>`)).join('')}</sst>`,
    );
  }
  if (options.styles) files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}">${options.styles}</styleSheet>`);
  return zipSync(files);
}
