// The repository's search index: documents hashed into a fixed set of shards, each persisted as one row.
import type { RepositoryDb } from '../db/database';
import type { Document } from '../model';
import type { Passage } from './passages';
import { dropDocument, emptyShard, putDocument, SHARD_FORMAT, shardFromRecord, shardIdOf, shardToRecord, type Shard, type ShardDocument } from './shard';
import { TextCache } from './text-cache';

export interface OpenReport {
  /** Shards read from the database. */
  loaded: number;
  /** Documents indexed at open (new, changed, or in a shard of an older format). */
  built: number;
  /** Documents dropped from the index because they are no longer in the repository. */
  removed: number;
}


export class SearchIndex {
  readonly shards = new Map<string, Shard>();
  readonly documents = new Map<string, ShardDocument>();
  /** Every indexed passage by id: one lookup per hit. */
  private readonly passages = new Map<string, Passage>();
  private readonly cache: TextCache;

  constructor(
    private readonly db: RepositoryDb,
    options: { textCacheCharacters?: number } = {},
  ) {
    this.cache = new TextCache(options.textCacheCharacters ?? 32_000_000);
  }

  /**
   * Loads the persisted shards in parallel, then brings them up to date: documents added, renamed or
   * changed since are indexed, deleted ones dropped, and only the shards that changed are written back.
   */
  static async open(db: RepositoryDb, options: { textCacheCharacters?: number } = {}): Promise<{ index: SearchIndex; report: OpenReport }> {
    const index = new SearchIndex(db, options);
    const [documents, records] = await Promise.all([db.documents.toArray(), db.searchShards.toArray()]);
    const usable = records.filter((r) => r.format === SHARD_FORMAT);
    const outdated = records.filter((r) => r.format !== SHARD_FORMAT).map((r) => r.id);
    if (outdated.length > 0) await db.searchShards.bulkDelete(outdated);
    for (const shard of await Promise.all(usable.map(shardFromRecord))) {
      index.shards.set(shard.id, shard);
      for (const entry of shard.documents.values()) index.remember(entry);
    }
    const current = new Map(documents.map((d) => [d.id, d]));
    const touched = new Set<string>();
    let removed = 0;
    for (const [id, entry] of [...index.documents]) {
      const doc = current.get(id);
      if (doc && doc.textHash === entry.textHash && doc.title === entry.title && shardIdOf(id) === index.shardOf(id)?.id) continue;
      await dropDocument(index.shardOf(id)!, id);
      index.forget(id);
      touched.add(index.shardFor(id).id);
      if (!current.has(id)) removed += 1;
    }
    let built = 0;
    for (const doc of documents) {
      if (index.documents.has(doc.id)) continue;
      await index.add(doc);
      touched.add(shardIdOf(doc.id));
      built += 1;
    }
    await index.persist([...touched]);
    return { index, report: { loaded: usable.length, built, removed } };
  }

  /** (Re)indexes one document and writes only its shard. */
  async indexDocument(documentId: string): Promise<boolean> {
    const doc = await this.db.documents.get(documentId);
    if (!doc) {
      await this.removeDocument(documentId);
      return false;
    }
    const added = await this.add(doc);
    await this.persist([shardIdOf(documentId)]);
    return added;
  }

  /** Re-indexing after an edit is indexing again: the document's passages are replaced. */
  reindexDocument(documentId: string): Promise<boolean> {
    return this.indexDocument(documentId);
  }

  async removeDocument(documentId: string): Promise<void> {
    this.cache.delete(documentId);
    const shard = this.shardOf(documentId);
    this.forget(documentId);
    if (shard && (await dropDocument(shard, documentId))) await this.persist([shard.id]);
  }

  /** A document's text, from the cache or the texts table. */
  async text(documentId: string): Promise<string> {
    const cached = this.cache.get(documentId);
    if (cached !== undefined) return cached;
    const text = (await this.db.texts.get(documentId))?.text ?? '';
    this.cache.set(documentId, text);
    return text;
  }

  passage(passageId: string): Passage | undefined {
    return this.passages.get(passageId);
  }

  private async add(doc: Document): Promise<boolean> {
    const text = await this.db.texts.get(doc.id);
    if (!text) return false;
    const entry = await putDocument(this.shardFor(doc.id), doc, text.text);
    this.remember(entry);
    this.cache.set(doc.id, text.text);
    return true;
  }

  private remember(entry: ShardDocument): void {
    this.forget(entry.documentId);
    this.documents.set(entry.documentId, entry);
    for (const p of entry.passages) this.passages.set(p.id, p);
  }

  private forget(documentId: string): void {
    for (const p of this.documents.get(documentId)?.passages ?? []) this.passages.delete(p.id);
    this.documents.delete(documentId);
  }

  private shardOf(documentId: string): Shard | undefined {
    for (const shard of this.shards.values()) if (shard.documents.has(documentId)) return shard;
    return undefined;
  }

  private shardFor(documentId: string): Shard {
    const id = shardIdOf(documentId);
    let shard = this.shards.get(id);
    if (!shard) this.shards.set(id, (shard = emptyShard(id)));
    return shard;
  }

  private async persist(ids: string[]): Promise<void> {
    for (const id of ids) {
      const shard = this.shards.get(id);
      if (!shard || shard.documents.size === 0) {
        this.shards.delete(id);
        await this.db.searchShards.delete(id);
      } else await this.db.searchShards.put(shardToRecord(shard));
    }
  }
}
