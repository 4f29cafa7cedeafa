// The repository's search index: one shard per document, persisted per document, updated incrementally.
import type { RepositoryDb } from '../db/database';
import type { Passage } from './passages';
import { buildShard, SHARD_FORMAT, shardFromRecord, shardToRecord, type Shard, type ShardRecord } from './shard';

/** Keeps recently read document texts (phrase checks, snippets) up to a number of characters. */
class TextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly budget: number) {}

  get(id: string): string | undefined {
    const text = this.texts.get(id);
    if (text !== undefined) {
      this.texts.delete(id);
      this.texts.set(id, text);
    }
    return text;
  }

  set(id: string, text: string): void {
    this.delete(id);
    this.texts.set(id, text);
    this.size += text.length;
    for (const [oldest, value] of this.texts) {
      if (this.size <= this.budget || oldest === id) break;
      this.texts.delete(oldest);
      this.size -= value.length;
    }
  }

  delete(id: string): void {
    const text = this.texts.get(id);
    if (text === undefined) return;
    this.texts.delete(id);
    this.size -= text.length;
  }
}

export interface OpenReport {
  loaded: number;
  built: number;
  removed: number;
}

export class SearchIndex {
  readonly shards = new Map<string, Shard>();
  private readonly cache: TextCache;

  constructor(
    private readonly db: RepositoryDb,
    options: { textCacheCharacters?: number } = {},
  ) {
    this.cache = new TextCache(options.textCacheCharacters ?? 32_000_000);
  }

  /**
   * Loads every persisted shard (in parallel), builds the missing or outdated ones (new documents,
   * a changed normaliser) and drops those of deleted documents.
   */
  static async open(db: RepositoryDb, options: { textCacheCharacters?: number } = {}): Promise<{ index: SearchIndex; report: OpenReport }> {
    const index = new SearchIndex(db, options);
    const [documents, records] = await Promise.all([db.documents.toArray(), db.searchShards.toArray()]);
    const current = new Map(documents.map((d) => [d.id, d]));
    const usable = records.filter((r) => r.format === SHARD_FORMAT && current.get(r.documentId)?.textHash === r.textHash);
    const shards = await Promise.all(usable.map(shardFromRecord));
    for (const shard of shards) index.shards.set(shard.documentId, shard);
    const stale = records.filter((r) => !current.has(r.documentId)).map((r) => r.documentId);
    if (stale.length > 0) await db.searchShards.bulkDelete(stale);
    let built = 0;
    for (const doc of documents) {
      if (index.shards.has(doc.id)) continue;
      await index.indexDocument(doc.id);
      built += 1;
    }
    return { index, report: { loaded: shards.length, built, removed: stale.length } };
  }

  /** (Re)builds one document's shard and persists only that shard. */
  async indexDocument(documentId: string): Promise<boolean> {
    const [doc, text] = await Promise.all([this.db.documents.get(documentId), this.db.texts.get(documentId)]);
    if (!doc || !text) {
      await this.removeDocument(documentId);
      return false;
    }
    const shard = buildShard(doc, text.text);
    await this.db.searchShards.put(shardToRecord(shard));
    this.shards.set(documentId, shard);
    this.cache.set(documentId, text.text);
    return true;
  }

  /** Re-indexing after an edit is indexing again: the shard is replaced whole. */
  reindexDocument(documentId: string): Promise<boolean> {
    return this.indexDocument(documentId);
  }

  async removeDocument(documentId: string): Promise<void> {
    this.shards.delete(documentId);
    this.cache.delete(documentId);
    await this.db.searchShards.delete(documentId);
  }

  /** A document's text, from the cache or the texts table. */
  async text(documentId: string): Promise<string> {
    const cached = this.cache.get(documentId);
    if (cached !== undefined) return cached;
    const row = await this.db.texts.get(documentId);
    const text = row?.text ?? '';
    this.cache.set(documentId, text);
    return text;
  }

  passage(passageId: string): Passage | undefined {
    const documentId = passageId.slice(0, passageId.lastIndexOf(':'));
    const shard = this.shards.get(documentId);
    const at = shard?.byId.get(passageId);
    return at === undefined ? undefined : shard!.passages[at];
  }
}

export type { ShardRecord };
