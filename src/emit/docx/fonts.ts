// The typefaces of GB/T 9704-2012 (党政机关公文格式) by the part of the document that uses them.
// They are names Word looks up, not words a reader sees: listed in the data tables of
// test/unit/i18n/words-in-catalogue.test.ts. Few computers outside government offices have the
// 方正/GB2312 faces, so each has a fallback (`altName` in word/fontTable.xml) that Windows and
// WPS ship; LibreOffice substitutes what it has (Noto CJK).

export interface Typeface {
  /** The face GB/T 9704 names. */
  readonly name: string;
  /** What Word uses when that face is not installed. */
  readonly fallback: string;
  /** OOXML font family class: roman (serif), modern, swiss (sans) … */
  readonly family: 'roman' | 'modern';
}

export const TYPEFACES = {
  /** 标题: 2号小标宋体字. */
  title: { name: '方正小标宋简体', fallback: '宋体', family: 'roman' },
  /** 正文: 3号仿宋体字. */
  body: { name: '仿宋_GB2312', fallback: '仿宋', family: 'modern' },
  /** 第一层标题 一、: 黑体字. */
  heading1: { name: '黑体', fallback: 'SimHei', family: 'modern' },
  /** 第二层标题 （一）: 楷体字. */
  heading2: { name: '楷体_GB2312', fallback: '楷体', family: 'modern' },
  /** 页码: 4号半角宋体阿拉伯数字. */
  pageNumber: { name: '宋体', fallback: 'SimSun', family: 'modern' },
} as const satisfies Readonly<Record<string, Typeface>>;

/** Digits and Latin letters: GB/T 9704 leaves them to the body face; Times New Roman is what offices use. */
export const LATIN_FACE = 'Times New Roman';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * word/fontTable.xml naming every face with its fallback and GB 2312 charset (86), so Word
 * and WPS pick a Chinese face of the same kind rather than a Latin default.
 */
export function fontTableXml(): string {
  const faces = [...Object.values(TYPEFACES).map((face) => ({ ...face })), { name: LATIN_FACE, fallback: '', family: 'roman' as const }];
  const entries = faces
    .map((face) => `<w:font w:name="${escapeXml(face.name)}">${face.fallback ? `<w:altName w:val="${escapeXml(face.fallback)}"/>` : ''}<w:charset w:val="${face.fallback ? '86' : '00'}"/><w:family w:val="${face.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
}
