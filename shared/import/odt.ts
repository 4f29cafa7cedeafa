// Reads an OpenDocument text (.odt): headings, paragraphs, lists, tables, notes and comments; properties from meta.xml.
import type { DocumentMetadata } from '../model';
import { failures, shortReason } from './failures';
import { TextBuilder } from './text-builder';
import type { FormatOutput, ReadContext } from './types';
import { attributeOf, childElements, findFirst, parseXml, textOfFirst, type XmlElement } from './xml';
import { listZip, readZipTexts } from './zip';

interface Notes {
  footnotes: string[];
  endnotes: string[];
  comments: string[];
}

/** Elements that hold no reading text: change records (deleted text), field declarations, forms, drawing titles. */
const SKIPPED = new Set(['tracked-changes', 'sequence-decls', 'variable-decls', 'user-field-decls', 'forms', 'title', 'desc', 'note-citation-style', 'soft-page-break']);

/** Inline text of a paragraph; notes and comments go to `notes`, frames with their own paragraphs to `nested`. */
function inlineText(element: XmlElement, notes: Notes, nested: XmlElement[]): string {
  let out = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      out += (node.nodeValue ?? '').replace(/[\t\r\n]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as XmlElement;
    switch (child.localName) {
      case 's':
        out += ' '.repeat(Number(attributeOf(child, 'c') ?? 1) || 1);
        break;
      case 'tab':
        out += '\t';
        break;
      case 'line-break':
        out += '\n';
        break;
      case 'note': {
        const citation = textOfFirst(child, 'note-citation') ?? '*';
        const body = findFirst(child, 'note-body');
        const bodyText = body ? blockTexts(body, notes).join(' ') : '';
        const list = attributeOf(child, 'note-class') === 'endnote' ? notes.endnotes : notes.footnotes;
        list.push(`${citation}. ${bodyText}`);
        out += `[${citation}]`;
        break;
      }
      case 'annotation': {
        const author = textOfFirst(child, 'creator');
        const paragraphs = childElements(child).filter((c) => c.localName === 'p' || c.localName === 'list');
        const body = paragraphs.map((p) => inlineText(p, notes, nested)).join(' ').trim();
        if (body) notes.comments.push(author ? `${author}: ${body}` : body);
        break;
      }
      case 'annotation-end':
        break;
      case 'frame':
      case 'text-box':
      case 'a':
      case 'span':
      default:
        if (SKIPPED.has(child.localName ?? '')) break;
        if (child.localName === 'text-box') nested.push(child);
        else out += inlineText(child, notes, nested);
    }
  }
  return out;
}

/** Text blocks of a container (body, note body, cell) as plain strings, for notes and table cells. */
function blockTexts(container: XmlElement, notes: Notes): string[] {
  const builder = new TextBuilder();
  walk(container, builder, notes, 0);
  return builder.toString().split('\n\n');
}

/** `listMarker` prefixes the next paragraph of a list item; `joined` puts it on the line after the previous item. */
function walk(container: XmlElement, builder: TextBuilder, notes: Notes, listDepth: number, listMarker = '', joined = false): void {
  for (const child of childElements(container)) {
    const name = child.localName ?? '';
    if (SKIPPED.has(name)) continue;
    if (name === 'h' || name === 'p') {
      const nested: XmlElement[] = [];
      const text = inlineText(child, notes, nested);
      if (name === 'h') builder.heading(text, Number(attributeOf(child, 'outline-level') ?? 1) || 1);
      else builder.block(`${listMarker}${text}`, listMarker && joined ? '\n' : '\n\n');
      for (const box of nested) walk(box, builder, notes, listDepth);
      listMarker = '';
    } else if (name === 'list') {
      const items = childElements(child).filter((c) => c.localName === 'list-item' || c.localName === 'list-header');
      items.forEach((item, index) => {
        const marker = `${'  '.repeat(listDepth)}• `;
        walk(item, builder, notes, listDepth + 1, marker, index > 0 || listDepth > 0);
      });
    } else if (name === 'table') {
      const rows: string[] = [];
      for (const row of descendantsNamed(child, 'table-row')) {
        const cells = childElements(row)
          .filter((c) => c.localName === 'table-cell')
          .map((c) => blockTexts(c, notes).join(' ').replace(/\s+/g, ' ').trim())
          .filter(Boolean);
        if (cells.length > 0) rows.push(cells.join(' | '));
      }
      builder.block(rows.join('\n'));
    } else {
      walk(child, builder, notes, listDepth, listMarker, joined);
    }
  }
}

function descendantsNamed(element: XmlElement, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.localName === localName) out.push(child);
    else if (child.localName !== 'table') out.push(...descendantsNamed(child, localName));
  }
  return out;
}

function metaProperties(xml: string | undefined): { title?: string; metadata: DocumentMetadata } {
  if (!xml) return { metadata: {} };
  try {
    const root = parseXml(xml);
    const title = textOfFirst(root, 'title');
    const author = textOfFirst(root, 'initial-creator') ?? textOfFirst(root, 'creator');
    const iso = (v: string | undefined) => (v && !Number.isNaN(new Date(v).getTime()) ? new Date(v).toISOString() : undefined);
    const created = iso(textOfFirst(root, 'creation-date'));
    const modified = iso(textOfFirst(root, 'date'));
    const statistic = findFirst(root, 'document-statistic');
    const pageCount = statistic ? Number(attributeOf(statistic, 'page-count')) : NaN;
    return {
      ...(title ? { title } : {}),
      metadata: {
        ...(author ? { author } : {}),
        ...(created ? { created } : {}),
        ...(modified ? { modified } : {}),
        ...(Number.isInteger(pageCount) && pageCount >= 0 ? { pageCount } : {}),
      },
    };
  } catch {
    return { metadata: {} };
  }
}

export function readOdt(bytes: Uint8Array, context: ReadContext): FormatOutput {
  listZip(bytes, context.name, context.limits.maxUncompressedBytes);
  const parts = readZipTexts(bytes, context.name, ['content.xml', 'meta.xml']);
  const content = parts.get('content.xml');
  if (content === undefined) {
    throw failures.corrupt(context.name, 'it is a zip file but not an OpenDocument text (it has no content.xml)');
  }
  let root: XmlElement;
  try {
    root = parseXml(content);
  } catch (error) {
    throw failures.corrupt(context.name, `its content.xml is not well-formed XML (${shortReason(error)})`);
  }
  const officeBody = findFirst(root, 'body');
  const body = officeBody ? (findFirst(officeBody, 'text') ?? officeBody) : undefined;
  const builder = new TextBuilder();
  const notes: Notes = { footnotes: [], endnotes: [], comments: [] };
  if (body) walk(body, builder, notes, 0);
  for (const [heading, items] of [
    ['Footnotes', notes.footnotes],
    ['Endnotes', notes.endnotes],
    ['Comments', notes.comments],
  ] as const) {
    if (items.length === 0) continue;
    builder.heading(heading, 2);
    for (const item of items) builder.block(item);
  }
  const meta = metaProperties(parts.get('meta.xml'));
  return {
    text: builder.toString(),
    headings: builder.headings,
    ...(meta.title ? { title: meta.title } : {}),
    metadata: meta.metadata,
  };
}
