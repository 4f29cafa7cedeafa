// The repository database: a Dexie instance over an injected IndexedDB factory.
import Dexie, { type Table } from 'dexie';
import type {
  AttributeDefinition,
  Change,
  Chapter,
  City,
  Document,
  DocumentText,
  Memo,
  Segment,
  Setting,
  Source,
  Theme,
} from '../model';
import type { SavedSearch } from '../search/saved-search';
import type { ShardRecord } from '../search/shard';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations';

/** What a runtime hands in: the real IndexedDB in the renderer, fake-indexeddb in Node. */
export interface IndexedDbFactory {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class RepositoryDb extends Dexie {
  documents!: Table<Document, string>;
  texts!: Table<DocumentText, string>;
  sources!: Table<Source, string>;
  cities!: Table<City, string>;
  themes!: Table<Theme, string>;
  segments!: Table<Segment, string>;
  memos!: Table<Memo, string>;
  chapters!: Table<Chapter, string>;
  attributeDefinitions!: Table<AttributeDefinition, string>;
  changes!: Table<Change, number>;
  settings!: Table<Setting, string>;
  /** The search index, one shard per document (schema v3); derived data, rebuilt when missing. */
  searchShards!: Table<ShardRecord, string>;
  savedSearches!: Table<SavedSearch, string>;

  constructor(name: string, factory: IndexedDbFactory, migrations: readonly Migration[] = MIGRATIONS) {
    super(name, { indexedDB: factory.indexedDB, IDBKeyRange: factory.IDBKeyRange });
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

export function openRepositoryDb(name: string, factory: IndexedDbFactory): RepositoryDb {
  return new RepositoryDb(name, factory);
}

/** Every table that holds repository content (not the change log or settings). */
export function contentTables(db: RepositoryDb) {
  return [db.documents, db.texts, db.sources, db.cities, db.themes, db.segments, db.memos, db.chapters, db.attributeDefinitions];
}
