// The repository's search index: per-document postings held in shards (one row each), a vocabulary over all of them, recent texts.
import type { RepositoryDb } from '../db/database';
import type { Document } from '../model';
import { buildDocumentRecord, DocumentIndex, type DocumentRecord } from './document-index';
import type { Passage } from './passages';
import { readableDocuments, SHARD_FORMAT, shardIdOf, shardToRecord, type ShardRecord } from './shard';
import { TextCache } from './text-cache';
import { Vocabulary } from './vocabulary';

export interface OpenReport {
  /** Shards read from the database. */
  loaded: number;
  /** Documents indexed at open (new, changed, or in a shard of an older format). */
  built: number;
  /** Documents dropped from the index because they are no longer in the repository. */
  removed: number;
}

export class SearchIndex {
  /** Indexed documents by id. */
  readonly documents = new Map<string, DocumentIndex>();
  /** Shard id → the ids of its documents. */
  readonly shards = new Map<string, Set<string>>();
  readonly vocabulary = new Vocabulary();
  private readonly cache: TextCache;

  constructor(
    private readonly db: RepositoryDb,
    options: { textCacheCharacters?: number } = {},
  ) {
    this.cache = new TextCache(options.textCacheCharacters ?? 32_000_000);
  }

  /**
   * Reads the persisted shards, then brings them up to date: documents added, renamed or changed since
   * are indexed, deleted ones dropped, and only the shards that changed are written back (one transaction).
   */
  static async open(
    db: RepositoryDb,
    options: { textCacheCharacters?: number; /** The documents table when the caller has just read it. */ documents?: Document[] } = {},
  ): Promise<{ index: SearchIndex; report: OpenReport }> {
    const index = new SearchIndex(db, options);
    const [documents, records] = await Promise.all([options.documents ?? db.documents.toArray(), db.searchShards.toArray()]);
    const current = new Map(documents.map((d) => [d.id, d]));
    const touched = new Set<string>();
    let loaded = 0;
    let removed = 0;
    for (const record of records) {
      if (record.format !== SHARD_FORMAT) {
        touched.add(record.id);
        continue;
      }
      loaded += 1;
      const readable = readableDocuments(record);
      if (readable.length !== (Array.isArray(record.documents) ? record.documents.length : -1)) touched.add(record.id);
      for (const stored of readable) {
        const doc = current.get(stored.documentId);
        if (!doc || doc.textHash !== stored.textHash || doc.title !== stored.title || !index.load(stored)) {
          touched.add(record.id);
          if (!doc) removed += 1;
        }
      }
    }
    let built = 0;
    for (const doc of documents) {
      if (index.documents.has(doc.id)) continue;
      if (await index.add(doc)) built += 1;
      touched.add(shardIdOf(doc.id));
    }
    await index.persist([...touched]);
    return { index, report: { loaded, built, removed } };
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
    if (this.forget(documentId)) await this.persist([shardIdOf(documentId)]);
  }

  /** A document's text, from the cache or the texts table. */
  async text(documentId: string): Promise<string> {
    const cached = this.cache.get(documentId);
    if (cached !== undefined) return cached;
    const text = (await this.db.texts.get(documentId))?.text ?? '';
    this.cache.set(documentId, text);
    return text;
  }

  /** Several documents' texts: those cached, and the rest in one read. */
  async texts(documentIds: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of documentIds) {
      const cached = this.cache.get(id);
      if (cached !== undefined) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const rows = await this.db.texts.bulkGet(missing);
    missing.forEach((id, i) => {
      const text = rows[i]?.text ?? '';
      this.cache.set(id, text);
      found.set(id, text);
    });
    return found;
  }

  /** A passage by its id (`${documentId}:${n}`). */
  passage(passageId: string): Passage | undefined {
    const colon = passageId.lastIndexOf(':');
    return this.documents.get(passageId.slice(0, colon))?.passage(Number(passageId.slice(colon + 1)));
  }

  /** Indexes a document from its stored record; false when the record is damaged. */
  private load(record: DocumentRecord): boolean {
    let doc: DocumentIndex;
    try {
      doc = new DocumentIndex(record);
    } catch {
      return false;
    }
    this.remember(doc);
    return true;
  }

  private async add(doc: Document): Promise<boolean> {
    const text = await this.db.texts.get(doc.id);
    this.forget(doc.id);
    if (!text) return false;
    this.remember(new DocumentIndex(buildDocumentRecord(doc, text.text)));
    this.cache.set(doc.id, text.text);
    return true;
  }

  private remember(doc: DocumentIndex): void {
    this.forget(doc.documentId);
    this.documents.set(doc.documentId, doc);
    this.vocabulary.add(doc);
    const shard = shardIdOf(doc.documentId);
    const members = this.shards.get(shard) ?? new Set<string>();
    members.add(doc.documentId);
    this.shards.set(shard, members);
  }

  private forget(documentId: string): boolean {
    const doc = this.documents.get(documentId);
    if (!doc) return false;
    this.vocabulary.remove(doc);
    this.documents.delete(documentId);
    const members = this.shards.get(shardIdOf(documentId));
    members?.delete(documentId);
    if (members?.size === 0) this.shards.delete(shardIdOf(documentId));
    return true;
  }

  /** Writes the named shards' rows (their documents' records as they are), deleting emptied ones, in one transaction. */
  private async persist(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: ShardRecord[] = [];
    const emptied: string[] = [];
    for (const id of ids) {
      const members = this.shards.get(id);
      if (!members || members.size === 0) emptied.push(id);
      else rows.push(shardToRecord(id, [...members].map((m) => this.documents.get(m)!.record)));
    }
    await this.db.transaction('rw', this.db.searchShards, async () => {
      if (emptied.length > 0) await this.db.searchShards.bulkDelete(emptied);
      if (rows.length > 0) await this.db.searchShards.bulkPut(rows);
    });
  }
}
