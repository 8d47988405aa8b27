/**
 * English words of the document readers (`plan import`): a file that is not something plan can
 * read, said with what it is and what to do about it. Keys start with 'reading.'.
 */
export const reading = {
  // A name for a file read from stdin or given no name.
  'reading.the-file': 'the file',
  'reading.in-file': '{{file}}: {{why}}',
  'reading.no-year': 'the document does not say which year the plan is for: pass --year',
  // A known binary format, found by its first bytes.
  'reading.binary': '{{file}} is {{format}}, which plan cannot read: save it as {{saveAs}}',
  'reading.format.xls': 'an Excel 97–2003 workbook (.xls)',
  'reading.format.wps': 'a WPS document (.wps)',
  'reading.format.old-office': 'a Word 97–2003 document (.doc) or another old Office file',
  'reading.format.pdf': 'a PDF file',
  'reading.format.rtf': 'an RTF document',
  'reading.format.png': 'a PNG image',
  'reading.format.jpeg': 'a JPEG image',
  'reading.format.gif': 'a GIF image',
  'reading.format.tiff': 'a TIFF image',
  'reading.format.zip': 'a zip archive',
  'reading.format.rar': 'a RAR archive',
  'reading.format.7z': 'a 7-Zip archive',
  'reading.save-as.table': '.xlsx or CSV',
  'reading.save-as.document': '.docx or plain text',
  // Text in an encoding plan cannot decode.
  'reading.no-decoder': '{{file}} is not UTF-8 and may be {{encoding}} text, but this Node.js has no {{encoding}} decoder (it was built without full ICU); save the file as UTF-8.',
  'reading.not-text':
    '{{file}} is not text plan can read: it is not UTF-8, not UTF-16 (no byte-order mark, no zero-byte pattern) and not Chinese text in GB18030/GBK. Save it as UTF-8 text or .docx.',
  // Zip archives that are not a .docx or .xlsx, and .docx/.xlsx files that are not zip archives.
  'reading.damaged-zip': '{{file}} is a damaged zip archive ({{detail}}); if it is a .docx, open it in Word or WPS and save it again',
  'reading.zip.unsupported': '{{file}} is {{kind}}: save it as .docx, .xlsx or plain text',
  'reading.zip.odf': 'an OpenDocument file (.odt/.ods)',
  'reading.zip.pptx': 'a PowerPoint presentation',
  'reading.zip.other': 'a zip archive, not a .docx or .xlsx',
  'reading.not-zip': '{{file}} is not a readable {{extension}} file (it is not a zip archive); open it in Word, Excel or WPS and save it again',
  // Inside a .docx or .xlsx; {{detail}} is the unzipper's or XML parser's own words.
  'reading.docx.damaged': 'not a readable .docx: the zip archive is damaged ({{detail}})',
  'reading.docx.missing-part': 'not a readable .docx: it has no {{part}}',
  'reading.docx.unreadable': 'not a readable .docx: {{detail}}',
  'reading.docx.no-body': 'the document has no body',
  'reading.xlsx.damaged': 'not a readable .xlsx: the zip archive is damaged ({{detail}})',
  'reading.xlsx.missing-part': 'not a readable .xlsx: it has no {{part}}',
  'reading.xlsx.unreadable': 'not a readable .xlsx: {{detail}}',
  'reading.xml.no-root': 'no root element',
} as const satisfies Readonly<Record<string, string>>;
