// Headers and footers of a Word document (word/header*.xml, word/footer*.xml), which mammoth leaves out: their readable lines.
import { childElements, parseXml, type XmlElement } from './xml';

/** Header and footer parts beside the main document part, in the order Word numbers them (header1, header2 …). */
export function headerFooterParts(entryNames: readonly string[], mainPart: string): { headers: string[]; footers: string[] } {
  const folder = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
  const inFolder = (kind: string) =>
    entryNames
      .filter((n) => n.startsWith(folder) && new RegExp(`^${kind}\\d*\\.xml$`).test(n.slice(folder.length)))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { headers: inFolder('header'), footers: inFolder('footer') };
}

/** The lines of one part: the visible text (w:t) of each paragraph; field codes, deleted text and bare page numbers left out. */
function partLines(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch {
    return [];
  }
  const lines: string[] = [];
  const visit = (element: XmlElement) => {
    for (const child of childElements(element)) {
      if (child.localName === 'p') {
        const texts: string[] = [];
        const collect = (e: XmlElement) => {
          for (const c of childElements(e)) {
            if (c.localName === 't') texts.push(c.textContent ?? '');
            else if (c.localName === 'tab') texts.push(' ');
            else if (c.localName !== 'delText' && c.localName !== 'instrText') collect(c);
          }
        };
        collect(child);
        const line = texts.join('').replace(/\s+/g, ' ').trim();
        // "3", "- 3 -" or "Page 3" alone are the page number (its field result, when saved, is plain text), not content.
        if (line && !/^[\s\-–—]*(?:(?:page|seite|strana|pagina|str\.)\s*\d*|\d+)[\s\-–—]*$/i.test(line)) lines.push(line);
      } else visit(child);
    }
  };
  visit(root);
  return lines;
}

/** The distinct lines of the header and footer parts (odd, even and first-page variants often repeat), in order. */
export function headerFooterLines(parts: Map<string, string>, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const name of names) {
    for (const line of partLines(parts.get(name) ?? '')) {
      if (!seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
  }
  return lines;
}
