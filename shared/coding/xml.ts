// Strict XML parsing for codebook files: the first problem is reported with its line; no DTD, no entities.
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { DomainError } from '../result';

export type { XmlElement };

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Parses XML or throws a DomainError('malformed-xml') whose message names the line of the first problem. */
export function parseStrictXml(xml: string, fileName: string): XmlElement {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration) {
    throw new DomainError(
      'malformed-xml',
      `${fileName}, line ${lineOf(xml, declaration.index)}: the file declares a document type or entities, which a codebook never needs; it was not read.`,
    );
  }
  let problem: { message: string; line: number | undefined } | undefined;
  const doc = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning' && !/quot|attribute/i.test(message)) return;
      const locator = (context as { locator?: { lineNumber?: number } } | undefined)?.locator;
      problem ??= { message, line: locator?.lineNumber };
      if (level === 'fatalError') throw new Error(message);
    },
  });
  let root: XmlElement | null = null;
  try {
    root = doc.parseFromString(xml, 'text/xml').documentElement;
  } catch {
    // The problem was recorded by onError.
  }
  if (problem || !root) {
    const where = problem?.line !== undefined ? `line ${problem.line}` : 'the start';
    // xmldom reports some broken nesting (an end tag closing nothing) as its own TypeError, which says nothing to a reader.
    const reason = problem && /TypeError|Cannot read propert/.test(problem.message) ? 'its tags are not properly nested' : (problem?.message ?? 'no root element');
    throw new DomainError('malformed-xml', `${fileName}, ${where}: the XML is malformed (${reason}).`);
  }
  return root;
}

export function childElements(element: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as XmlElement).localName === localName)) out.push(child as XmlElement);
  }
  return out;
}

/** The line an element starts on, as the parser recorded it. */
export function lineOfElement(element: XmlElement): number | undefined {
  return (element as unknown as { lineNumber?: number }).lineNumber;
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(FORBIDDEN, '')
    .replace(/\r?\n|\r|\t/g, (m) => (m === '\t' ? '&#9;' : '&#10;'))
    // Written as references: a reader may turn a literal NEL or line/paragraph separator into a plain line break.
    .replace(/[\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}
