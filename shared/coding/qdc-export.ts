// Writes the codebook as a REFI-QDA .qdc file (urn:QDA-XML:codebook:1.0, valid against Codebook-mrt2019.xsd).
import type { Theme } from '../model';
import { codebookTree, type CodebookEntry } from './codebook-tree';
import { escapeXml } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 32-bit FNV-1a hash of text, as 8 hex digits. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The theme's id when it is a UUID; otherwise a stable UUID-shaped GUID derived from the id. */
export function themeGuid(themeId: string): string {
  if (UUID.test(themeId)) return themeId.toUpperCase();
  const hex = [0, 1, 2, 3].map((n) => fnv(`${n}:${themeId}`)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

function writeCode(entry: CodebookEntry & { theme: Theme }, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = `guid="${themeGuid(entry.theme.id)}" name="${escapeXml(entry.name)}" isCodable="true" color="${entry.theme.colour.toUpperCase()}"`;
  const inner = [
    ...(entry.description ? [`${indent}  <Description>${escapeXml(entry.description)}</Description>`] : []),
    ...(entry.children as (CodebookEntry & { theme: Theme })[]).map((c) => writeCode(c, depth + 1)),
  ];
  return inner.length === 0 ? `${indent}<Code ${attributes}/>` : `${indent}<Code ${attributes}>\n${inner.join('\n')}\n${indent}</Code>`;
}

/**
 * The .qdc text for these themes. The schema requires at least one Code, so an empty codebook
 * cannot be exported (the caller refuses it; this returns null).
 */
export function exportCodebookQdc(themes: readonly Theme[], origin = 'Comparanda'): string | null {
  const tree = codebookTree(themes);
  if (tree.length === 0) return null;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeXml(origin)}">`,
    '  <Codes>',
    ...tree.map((entry) => writeCode(entry, 2)),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}
