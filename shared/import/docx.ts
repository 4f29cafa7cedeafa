// Reads a Word document with mammoth: paragraphs, headings, lists, tables, notes and comments; headers, footers and properties from the package.
import mammoth from 'mammoth';
import type { DocumentMetadata } from '../model';
import { headerFooterLines, headerFooterParts } from './docx-headers';
import { failures, shortReason } from './failures';
import { htmlIntoText } from './html-text';
import { TextBuilder } from './text-builder';
import type { FormatOutput, ReadContext } from './types';
import { childElements, parseXml, textOfFirst, type XmlElement } from './xml';
import { listZip, readZipTexts } from './zip';

const RELATIONSHIPS = '_rels/.rels';

/** Where the package keeps its main document and core properties, following _rels/.rels (not assuming paths). */
function packageParts(rels: string | undefined): { main?: string; core: string } {
  const parts: { main?: string; core: string } = { core: 'docProps/core.xml' };
  if (!rels) return parts;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /Type="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = (/Target="([^"]+)"/.exec(m[0])?.[1] ?? '').replace(/^\//, '');
    if (/\/officeDocument$/.test(type)) parts.main = target;
    if (/\/core-properties$/.test(type)) parts.core = target;
  }
  return parts;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function coreProperties(xml: string | undefined): { title?: string; metadata: DocumentMetadata } {
  if (!xml) return { metadata: {} };
  try {
    const root = parseXml(xml);
    const title = textOfFirst(root, 'title');
    const author = textOfFirst(root, 'creator');
    const created = isoDate(textOfFirst(root, 'created'));
    const modified = isoDate(textOfFirst(root, 'modified'));
    return {
      ...(title ? { title } : {}),
      metadata: { ...(author ? { author } : {}), ...(created ? { created } : {}), ...(modified ? { modified } : {}) },
    };
  } catch {
    return { metadata: {} };
  }
}

/** Text of SmartArt diagrams (word/diagrams/data*.xml), which mammoth does not read: one line per paragraph. */
export function diagramTexts(parts: Map<string, string>): string[] {
  const texts: string[] = [];
  for (const [, xml] of [...parts.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    let root: XmlElement;
    try {
      root = parseXml(xml);
    } catch {
      continue;
    }
    const lines: string[] = [];
    const visit = (element: XmlElement) => {
      for (const child of childElements(element)) {
        if (child.localName === 'p') {
          const line = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (line) lines.push(line);
        } else visit(child);
      }
    };
    visit(root);
    if (lines.length > 0) texts.push(lines.join('\n'));
  }
  return texts;
}

export async function readDocx(bytes: Uint8Array, context: ReadContext): Promise<FormatOutput> {
  const entries = listZip(bytes, context.name, context.limits.maxUncompressedBytes);
  const names = new Set(entries.map((e) => e.name));
  const parts = packageParts(readZipTexts(bytes, context.name, [RELATIONSHIPS]).get(RELATIONSHIPS));
  if (!parts.main || !names.has(parts.main)) {
    throw failures.corrupt(context.name, 'it is a zip file but not a Word document (it has no main document part)');
  }
  const mainXml = readZipTexts(bytes, context.name, [parts.main]).get(parts.main) ?? '';
  if (/<!(DOCTYPE|ENTITY)/i.test(mainXml)) {
    throw failures.corrupt(context.name, 'its main document declares a document type or entities, which a Word document never needs');
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  const warnings: string[] = [];
  try {
    // mammoth's Node build reads `buffer` (JSZip accepts a Uint8Array), its browser build `arrayBuffer`.
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(
      input,
      {
        styleMap: ['comment-reference => sup'],
        // Images are not text: an empty element keeps mammoth from base64-encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
    for (const message of result.messages) {
      if (message.type === 'error') warnings.push(`part of the document could not be read: ${shortReason(message.message)}`);
    }
  } catch (error) {
    throw failures.corrupt(context.name, shortReason(error));
  }
  const builder = new TextBuilder();
  htmlIntoText(html, builder, { noteSections: true });
  const diagramParts = entries.map((e) => e.name).filter((n) => /^word\/diagrams\/data\d*\.xml$/.test(n));
  const diagrams = diagramParts.length > 0 ? diagramTexts(readZipTexts(bytes, context.name, diagramParts)) : [];
  if (diagrams.length > 0) {
    builder.heading('Diagrams', 2);
    for (const diagram of diagrams) builder.block(diagram);
  }
  // Headers and footers often carry the project, the interview code or the date: kept as sections at the end.
  const { headers, footers } = headerFooterParts(entries.map((e) => e.name), parts.main);
  if (headers.length + footers.length > 0) {
    const texts = readZipTexts(bytes, context.name, [...headers, ...footers]);
    for (const [title, names] of [['Headers', headers], ['Footers', footers]] as const) {
      const lines = headerFooterLines(texts, names);
      if (lines.length === 0) continue;
      builder.heading(title, 2);
      builder.block(lines.join('\n'));
    }
  }
  const properties = coreProperties(readZipTexts(bytes, context.name, [parts.core]).get(parts.core));
  return {
    text: builder.toString(),
    headings: builder.headings,
    ...(properties.title ? { title: properties.title } : {}),
    metadata: properties.metadata,
    warnings,
  };
}
