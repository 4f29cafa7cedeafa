// Word counts of documents and coded passages, for the "words coded" and "share" measures; cached per text (texts are immutable).
import type { RepositoryDb } from '../db';
import { getDocumentText } from '../db';
import type { Document, Segment } from '../model';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Words in `text` (runs of letters, digits and combining marks, as search counts them), optionally in [start, end). */
export function countWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  return slice.match(WORD)?.length ?? 0;
}

export interface WordCounts {
  /** Words of each document's whole text, by document id. */
  documents: Map<string, number>;
  /** Words of each coded passage, by segment id. */
  segments: Map<string, number>;
}

/** Counts already made, per database; keys carry the text hash, so a cached count is never stale. */
const caches = new WeakMap<RepositoryDb, Map<string, number>>();

function cacheOf(db: RepositoryDb): Map<string, number> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

const documentKey = (d: Pick<Document, 'textHash'>) => `doc:${d.textHash}`;
const segmentKey = (d: Pick<Document, 'textHash'>, s: Pick<Segment, 'start' | 'end'>) => `seg:${d.textHash}:${s.start}:${s.end}`;

/** Word counts for `documents` and `segments`, reading only the texts not counted before. */
export async function wordCounts(db: RepositoryDb, documents: readonly Document[], segments: readonly Segment[]): Promise<WordCounts> {
  const cache = cacheOf(db);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const segmentsOf = new Map<string, Segment[]>();
  for (const s of segments) segmentsOf.set(s.documentId, [...(segmentsOf.get(s.documentId) ?? []), s]);
  for (const document of documents) {
    const own = segmentsOf.get(document.id) ?? [];
    if (cache.has(documentKey(document)) && own.every((s) => cache.has(segmentKey(document, s)))) continue;
    const text = await getDocumentText(db, document.id);
    if (!cache.has(documentKey(document))) cache.set(documentKey(document), countWords(text));
    for (const s of own) if (!cache.has(segmentKey(document, s))) cache.set(segmentKey(document, s), countWords(text, s.start, s.end));
  }
  const counts: WordCounts = { documents: new Map(), segments: new Map() };
  for (const d of documents) counts.documents.set(d.id, cache.get(documentKey(d)) ?? 0);
  for (const s of segments) {
    const d = byId.get(s.documentId);
    counts.segments.set(s.id, d ? (cache.get(segmentKey(d, s)) ?? 0) : 0);
  }
  return counts;
}
