// Parses package XML (docx, odt parts) without fetching anything: no external entities, no DTD expansion.
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';

export type { XmlElement };

/** Parses XML; a document type declaration is refused, so no entity (external or nested "billion laughs") is expanded. */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
    throw new Error('the XML declares a document type or entities, which a document package never needs');
  }
  const doc = new DOMParser({
    onError(level, message) {
      if (level === 'fatalError') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('the XML has no root element');
  return root;
}

export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as XmlElement);
  }
  return out;
}

/** The first descendant with this local name (namespace prefixes vary: w:, ns0:, strict OOXML). */
export function findFirst(element: XmlElement, localName: string): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (child.localName === localName) return child;
    const found = findFirst(child, localName);
    if (found) return found;
  }
  return undefined;
}

export function textOfFirst(element: XmlElement, localName: string): string | undefined {
  const text = findFirst(element, localName)?.textContent?.trim();
  return text ? text : undefined;
}

/** An attribute by local name, whatever its prefix. */
export function attributeOf(element: XmlElement, localName: string): string | undefined {
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute && (attribute.localName === localName || attribute.name === localName)) return attribute.value;
  }
  return undefined;
}
