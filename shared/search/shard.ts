// Shards: documents hashed into a fixed set of buckets, each persisted as one row holding its documents' records.
import type { DocumentRecord } from './document-index';

/**
 * Bumped when passages, postings or the normaliser change: older persisted shards are rebuilt.
 * 4: per-document postings with word positions and passage columns in one byte array (2 and before: MiniSearch JSON).
 */
export const SHARD_FORMAT = 4;

/**
 * Documents are spread over a fixed number of shards by a hash of their id, so a document always
 * lands in the same shard: adding or re-indexing one document rewrites only its shard's row (whose
 * other documents' records are stored as they are, not rebuilt), and an updated index equals a fresh build.
 */
export const SHARD_COUNT = 128;

/** The persisted form of a shard: one row per shard in the searchShards table. */
export interface ShardRecord {
  id: string;
  format: number;
  documents: DocumentRecord[];
}

/** FNV-1a of the id, as the shard's name ("shard-07"). */
export function shardIdOf(documentId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < documentId.length; i += 1) {
    hash ^= documentId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `shard-${String((hash >>> 0) % SHARD_COUNT).padStart(2, '0')}`;
}

/** The row of a shard holding these documents' records. */
export function shardToRecord(id: string, documents: Iterable<DocumentRecord>): ShardRecord {
  return { id, format: SHARD_FORMAT, documents: [...documents] };
}

/** The document records of a stored row that can be read; anything malformed is left out (and indexed again). */
export function readableDocuments(record: ShardRecord): DocumentRecord[] {
  if (record.format !== SHARD_FORMAT || !Array.isArray(record.documents)) return [];
  return record.documents.filter(
    (d) =>
      typeof d === 'object' && d !== null && typeof d.documentId === 'string' && typeof d.textHash === 'string' && typeof d.title === 'string' &&
      typeof d.terms === 'string' && typeof d.labels === 'string' && d.postings instanceof Uint8Array && shardIdOf(d.documentId) === record.id,
  );
}
