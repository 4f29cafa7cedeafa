// Schema version 1: a new database opens with every store and the indexes later features query.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RepositoryDb } from '../../../shared/db';
import { v1 } from '../../../shared/db/migrations/v1';

describe('migration v1', () => {
  it('creates every store with the indexes the features need', async () => {
    const db = new RepositoryDb(`v1-${Math.random()}`, { indexedDB, IDBKeyRange }, [v1]);
    await db.open();
    expect(db.verno).toBe(1);
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();
    expect(indexes('documents')).toEqual(expect.arrayContaining(['cityIds', 'kind', 'language', 'textHash', 'sha256']));
    expect(indexes('segments')).toEqual(expect.arrayContaining(['documentId', 'themeIds']));
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['attributeDefinitions', 'changes', 'chapters', 'cities', 'documents', 'memos', 'segments', 'settings', 'sources', 'themes'],
    );
    db.close();
  });
});
