// One document's slice of the search index: its passages and a MiniSearch over them.
import MiniSearch, { type Options } from 'minisearch';
import { terms } from './normalise';
import { passagesOf, type Passage } from './passages';
import type { Document } from '../model';

/** Bumped when passages, fields or the normaliser change: older persisted shards are rebuilt. */
export const SHARD_FORMAT = 1;

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
  searchOptions: { tokenize: terms, processTerm: (term) => term, boost: { ...FIELD_BOOSTS } },
};

export interface Shard {
  documentId: string;
  textHash: string;
  passages: Passage[];
  /** Passage position in `passages` by passage id. */
  byId: Map<string, number>;
  index: MiniSearch<IndexedPassage>;
}

/** The persisted form of a shard: one row per document in the searchShards table. */
export interface ShardRecord {
  documentId: string;
  format: number;
  textHash: string;
  passages: Passage[];
  /** MiniSearch.toJSON() of this document's passages, as a string. */
  index: string;
}

function shardOf(documentId: string, textHash: string, passages: Passage[], index: MiniSearch<IndexedPassage>): Shard {
  return { documentId, textHash, passages, byId: new Map(passages.map((p, i) => [p.id, i])), index };
}

export function buildShard(doc: Pick<Document, 'id' | 'title' | 'textHash' | 'pages' | 'turns' | 'headings'>, text: string): Shard {
  const passages = passagesOf(doc, text);
  const index = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  index.addAll(passages.map((p) => ({ id: p.id, text: text.slice(p.start, p.end), title: doc.title, heading: p.heading ?? '' })));
  return shardOf(doc.id, doc.textHash, passages, index);
}

export function shardToRecord(shard: Shard): ShardRecord {
  return { documentId: shard.documentId, format: SHARD_FORMAT, textHash: shard.textHash, passages: shard.passages, index: JSON.stringify(shard.index) };
}

export async function shardFromRecord(record: ShardRecord): Promise<Shard> {
  const index = await MiniSearch.loadJSONAsync<IndexedPassage>(record.index, MINISEARCH_OPTIONS);
  return shardOf(record.documentId, record.textHash, record.passages, index);
}
