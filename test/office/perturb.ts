import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// Documents broken on purpose, the way a change to an emitter could break them, to show that the
// page baselines catch it: a comparison that nothing can fail is not a test.

function editPart(document: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(document);
  const xml = files[part];
  if (xml === undefined) throw new Error(`no ${part} in the document`);
  const edited = edit(strFromU8(xml));
  if (edited === strFromU8(xml)) throw new Error(`the perturbation changed nothing in ${part}`);
  files[part] = strToU8(edited);
  return zipSync(files);
}

/** A .docx whose table has lost its last column (its grid column and each row's last cell). */
export const withoutLastColumn = (docx: Uint8Array): Uint8Array =>
  editPart(docx, 'word/document.xml', (xml) =>
    xml.replace(/<w:gridCol w:w="\d+"\/><\/w:tblGrid>/, '</w:tblGrid>').replace(/<w:tc>(?:(?!<w:tc>).)*?<\/w:tc><\/w:tr>/gs, '</w:tr>'),
  );

/** A .docx whose Chinese characters no font has (private-use code points): boxes where glyphs were. */
export const withBoxesForGlyphs = (docx: Uint8Array): Uint8Array =>
  editPart(docx, 'word/document.xml', (xml) =>
    xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)/g, (_, tag: string, text: string) =>
      tag + text.replace(/[\u4e00-\u9fff]/g, (c) => String.fromCodePoint(0xe000 + ((c.codePointAt(0) ?? 0) % 0x1000))),
    ),
  );

/** A .docx with a page break before everything: each page's contents move to the next page. */
export const pushedOnePage = (docx: Uint8Array): Uint8Array =>
  editPart(docx, 'word/document.xml', (xml) => xml.replace('<w:body>', '<w:body><w:p><w:r><w:br w:type="page"/></w:r></w:p>'));

/** An .xlsx whose header row (row 1) is gone. */
export const withoutHeaderRow = (xlsx: Uint8Array): Uint8Array =>
  editPart(xlsx, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<row r="1"[^>]*>.*?<\/row>/s, ''));
