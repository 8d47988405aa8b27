import { createRequire } from 'node:module';
import type * as XmlDom from '@xmldom/xmldom';

/**
 * A small layer over @xmldom/xmldom for reading Office XML. Elements are matched by local name
 * only ("p", not "w:p"): Word and LibreOffice both write the `w:` prefix, but Strict OOXML uses
 * another namespace URI for the same elements, and matching on the prefix would be fragile.
 * Like fflate, xmldom is required on first use so the CLI does not load it at start-up.
 */
export type XmlElement = XmlDom.Element;

let xmldom: typeof XmlDom | undefined;
const load = (): typeof XmlDom => (xmldom ??= createRequire(import.meta.url)('@xmldom/xmldom') as typeof XmlDom);

/** Parses an XML part; a malformed part throws (warnings, e.g. unknown entities, are ignored). */
export function parseXml(text: string): XmlElement {
  const { DOMParser } = load();
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  const root = parser.parseFromString(text, 'text/xml').documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

/** The element children of `el`, optionally only those with the given local name, in order. */
export function children(el: XmlElement, localName?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as XmlElement).localName === localName)) found.push(node as XmlElement);
  }
  return found;
}

/** The first element child with the given local name. */
export function child(el: XmlElement | undefined, localName: string): XmlElement | undefined {
  if (!el) return undefined;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === localName) return node as XmlElement;
  }
  return undefined;
}

/** Follows a path of local names down from `el` (first match at each step). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = child(at, name);
  return at;
}

/** An attribute by local name (`w:val` → "val"), whatever its prefix. */
export function attr(el: XmlElement | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes.item(i);
    if (a && (a.localName ?? a.name) === localName) return a.value;
  }
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
