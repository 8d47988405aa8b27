import { createRequire } from 'node:module';
import type * as Saxes from 'saxes';
import { words } from '../../i18n/words.js';
import { DocumentReadError } from './errors.js';

/**
 * Office XML parts as a light element tree. saxes (the strict, fast SAX parser jsdom uses) does
 * the parsing and ten lines here build the tree: a full DOM (@xmldom/xmldom, tried first) took
 * 110 ms for the document.xml of a 200-paragraph plan, saxes plus this tree about 8 ms.
 *
 * Elements are matched by local name ("p", not "w:p"): Word and LibreOffice both write the `w:`
 * prefix, but Strict OOXML binds other namespace URIs to the same names, and WPS has been seen
 * writing other prefixes; the names are unambiguous inside one part.
 * saxes is required on first use, like fflate, so the CLI does not load it at start-up.
 */

export interface XmlElement {
  /** The qualified name as written ("w:p"). */
  readonly name: string;
  /** The name without its prefix ("p"). */
  readonly localName: string;
  /** Attributes by qualified name ("w:val"). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements and text, in document order. */
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

let saxes: typeof Saxes | undefined;
const load = (): typeof Saxes => (saxes ??= createRequire(import.meta.url)('saxes') as typeof Saxes);

const localNameOf = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses an XML part into its root element; malformed XML throws (saxes' message, with line and column). */
export function parseXml(text: string): XmlElement {
  const parser = new (load().SaxesParser)();
  const root: XmlNode[] = [];
  const stack: XmlNode[][] = [root];
  parser.on('opentag', (tag) => {
    const children: XmlNode[] = [];
    stack.at(-1)!.push({ name: tag.name, localName: localNameOf(tag.name), attributes: tag.attributes as Record<string, string>, children });
    stack.push(children);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack.at(-1)!.push(text));
  parser.on('cdata', (text) => void stack.at(-1)!.push(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  const element = root.find((node): node is XmlElement => typeof node !== 'string');
  if (!element) throw new DocumentReadError(words('reading.xml.no-root'));
  return element;
}

/** The element children of `el`, optionally only those with the given local name, in order. */
export function children(el: XmlElement, localName?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of el.children) if (typeof node !== 'string' && (localName === undefined || node.localName === localName)) found.push(node);
  return found;
}

/** The first element child with the given local name. */
export function child(el: XmlElement | undefined, localName: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const node of el.children) if (typeof node !== 'string' && node.localName === localName) return node;
  return undefined;
}

/** Follows a path of local names down from `el` (first match at each step). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = child(at, name);
  return at;
}

/** All the text inside `el`, as the DOM's textContent. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let text = '';
  for (const node of el.children) text += typeof node === 'string' ? node : textOf(node);
  return text;
}

/** An attribute by local name (`w:val` → "val"), whatever its prefix. */
export function attr(el: XmlElement | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  const attributes = el.attributes;
  if (localName in attributes) return attributes[localName];
  for (const name in attributes) if (localNameOf(name) === localName) return attributes[name];
  return undefined;
}

/** The `w:val` of the named child: how most WordprocessingML properties are written. */
export function childVal(el: XmlElement | undefined, localName: string): string | undefined {
  return attr(child(el, localName), 'val');
}

/** An integer attribute value, or undefined when absent or not a number. */
export function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * An on/off property (`<w:b/>`, `<w:vanish w:val="false"/>`): present means on unless its value
 * says off.
 */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const val = attr(el, 'val');
  return val === undefined || !['0', 'false', 'off'].includes(val);
}
