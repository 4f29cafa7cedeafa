// Builders for hostile files made in the tests (no binary blobs committed): Word and ODT packages, lying zip headers.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
export const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

/** A word/document.xml whose body holds the given paragraphs' XML. */
export function documentXml(body: string, declarations = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${declarations}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`;
}

export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function relationships(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rows}</Relationships>`;
}

/** A Word package from its parts; missing standard parts are filled in. */
export function docx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(documentXml(paragraph('Interview Wien'))),
  };
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

const ODF = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');

export function odtContent(body: string, declarations = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${declarations}<office:document-content ${ODF}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
}

export function odt(content: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const files: Zippable = { mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) };
  for (const [name, value] of Object.entries(extra)) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files);
}

/** Sets an entry's declared uncompressed size in its local header and in the central directory: a lying zip. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameAt = (at: number, length: number) => new TextDecoder().decode(out.subarray(at, at + length));
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && nameAt(i + 30, view.getUint16(i + 26, true)) === name) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** Renames an entry in place (local header and central directory); the new name must have the same length. */
export function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('renameEntry keeps the length');
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = new TextEncoder().encode(to);
  const nameAt = (at: number, length: number) => new TextDecoder().decode(out.subarray(at, at + length));
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && nameAt(i + 30, view.getUint16(i + 26, true)) === from) out.set(target, i + 30);
    if (signature === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true)) === from) out.set(target, i + 46);
  }
  return out;
}

/** "Billion laughs": ten levels of ten references each, a billion copies if expanded. */
export const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('') +
  ']>';

/** An external entity that would read a local file, and one that would fetch a URL. */
export const EXTERNAL_ENTITIES = (fileUrl: string, webUrl: string) =>
  `<!DOCTYPE x [<!ENTITY file SYSTEM "${fileUrl}"><!ENTITY web SYSTEM "${webUrl}"><!ENTITY % remote SYSTEM "${webUrl}/dtd">%remote;]>`;

/** Milliseconds `work` takes; a bound in a test states "does not hang", not a speed. */
export async function elapsed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
