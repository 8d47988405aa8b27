"""Reads a .docx on stdin with Python's own zip and XML parsers, independently of plan's writer,
and prints what a reader of the document sees as JSON: every XML part parsed (a part that is not
well-formed fails here), the body's paragraphs with their style, the tables' rows, the page
setup and the footers. Used by test/helpers/read-docx.ts."""
import io
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def text_of(element):
    """The text of a paragraph or cell as shown: runs joined, a <w:br/> a line break."""
    out = []
    for node in element.iter():
        if node.tag == W + 't':
            out.append(node.text or '')
        elif node.tag == W + 'br':
            out.append('\n')
    return ''.join(out)


def attr(element, path, name):
    found = element.find(path)
    return None if found is None else found.get(W + name)


archive = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
parts = {}
for name in archive.namelist():
    data = archive.read(name)
    if name.endswith('.xml') or name.endswith('.rels'):
        parts[name] = ET.fromstring(data)

body = parts['word/document.xml'].find(W + 'body')
paragraphs = []
tables = []
for child in body:
    if child.tag == W + 'p':
        paragraphs.append({'style': attr(child, W + 'pPr/' + W + 'pStyle', 'val'), 'text': text_of(child),
                           'pageBreakBefore': child.find(W + 'pPr/' + W + 'pageBreakBefore') is not None})
    elif child.tag == W + 'tbl':
        rows = []
        for tr in child.findall(W + 'tr'):
            cells = tr.findall(W + 'tc')
            rows.append({'header': tr.find(W + 'trPr/' + W + 'tblHeader') is not None,
                         'cantSplit': tr.find(W + 'trPr/' + W + 'cantSplit') is not None,
                         'span': [int(attr(tc, W + 'tcPr/' + W + 'gridSpan', 'val') or 1) for tc in cells],
                         'cells': [text_of(tc) for tc in cells]})
        borders = child.find(W + 'tblPr/' + W + 'tblBorders')
        tables.append({'rows': rows, 'borders': [] if borders is None else [b.tag[len(W):] for b in borders],
                       'grid': [int(c.get(W + 'w')) for c in child.findall(W + 'tblGrid/' + W + 'gridCol')]})

sect = body.find(W + 'sectPr')
size = sect.find(W + 'pgSz')
margin = sect.find(W + 'pgMar')
footers = {name: text_of(root) for name, root in parts.items() if name.startswith('word/footer')}
settings = parts.get('word/settings.xml')
print(json.dumps({
    'parts': sorted(archive.namelist()),
    'paragraphs': paragraphs,
    'tables': tables,
    'page': {k[len(W):]: int(v) for k, v in size.attrib.items() if k[len(W):] in ('w', 'h')},
    'margins': {k[len(W):]: int(v) for k, v in margin.attrib.items()},
    'footerTypes': [ref.get(W + 'type') for ref in sect.findall(W + 'footerReference')],
    'footers': footers,
    'evenAndOddHeaders': settings is not None and settings.find(W + 'evenAndOddHeaders') is not None,
    'core': {el.tag.split('}')[1]: el.text for el in parts['docProps/core.xml']},
    'zipTimes': sorted({'%04d-%02d-%02d %02d:%02d:%02d' % info.date_time for info in archive.infolist()}),
}, ensure_ascii=False))
