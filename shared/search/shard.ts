// A shard of the search index: the documents whose id hashes to one bucket, their passages and one MiniSearch.
import MiniSearch, { type Options } from 'minisearch';
import type { Document } from '../model';
import { terms } from './normalise';
import { passagesOf, type Passage } from './passages';

/** Bumped when passages, fields or the normaliser change: older persisted shards are rebuilt. */
export const SHARD_FORMAT = 2;

/**
 * Documents are spread over a fixed number of shards by a hash of their id, so a document always
 * lands in the same shard: adding or re-indexing one document re-serialises only 1/SHARD_COUNT of
 * the index, and an incrementally updated index equals a fresh build.
 */
export const SHARD_COUNT = 128;

export const FIELD_BOOSTS = { text: 1, heading: 2, title: 3 } as const;

interface IndexedPassage {
  id: string;
  text: string;
  title: string;
  heading: string;
}

/** The same tokenizer at index and query time; terms arrive already folded. */
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'heading'],
  storeFields: [],
  tokenize: terms,
  processTerm: (term) => term,
  autoVacuum: false,
  searchOptions: { tokenize: terms, processTerm: (term) => term, boost: { ...FIELD_BOOSTS } },
};

/** One document inside a shard. */
export interface ShardDocument {
  documentId: string;
  textHash: string;
  /** The title as indexed (a passage's title field): a renamed document is indexed again. */
  title: string;
  passages: Passage[];
}

export interface Shard {
  id: string;
  documents: Map<string, ShardDocument>;
  index: MiniSearch<IndexedPassage>;
}

/** The persisted form of a shard: one row per shard in the searchShards table. */
export interface ShardRecord {
  id: string;
  format: number;
  documents: ShardDocument[];
  /** MiniSearch.toJSON() of the shard's passages, as a string. */
  index: string;
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

export function emptyShard(id: string): Shard {
  return { id, documents: new Map(), index: new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS) };
}

type Indexable = Pick<Document, 'id' | 'title' | 'textHash' | 'pages' | 'turns' | 'headings'>;

/** Adds (or replaces) one document's passages in its shard. */
export async function putDocument(shard: Shard, doc: Indexable, text: string): Promise<ShardDocument> {
  await dropDocument(shard, doc.id);
  const passages = passagesOf(doc, text);
  shard.index.addAll(passages.map((p) => ({ id: p.id, text: text.slice(p.start, p.end), title: doc.title, heading: p.heading ?? '' })));
  const entry = { documentId: doc.id, textHash: doc.textHash, title: doc.title, passages };
  shard.documents.set(doc.id, entry);
  return entry;
}

/** Removes one document's passages; the postings are cleaned at once so the shard equals a fresh build. */
export async function dropDocument(shard: Shard, documentId: string): Promise<boolean> {
  const old = shard.documents.get(documentId);
  if (!old) return false;
  shard.index.discardAll(old.passages.map((p) => p.id));
  shard.documents.delete(documentId);
  await shard.index.vacuum({ batchSize: Number.MAX_SAFE_INTEGER, batchWait: 0 });
  return true;
}

export function shardToRecord(shard: Shard): ShardRecord {
  return { id: shard.id, format: SHARD_FORMAT, documents: [...shard.documents.values()], index: JSON.stringify(shard.index) };
}

export async function shardFromRecord(record: ShardRecord): Promise<Shard> {
  const index = await MiniSearch.loadJSONAsync<IndexedPassage>(record.index, MINISEARCH_OPTIONS);
  return { id: record.id, documents: new Map(record.documents.map((d) => [d.documentId, d])), index };
}
