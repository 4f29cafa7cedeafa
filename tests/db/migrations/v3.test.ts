// Schema version 3 adds the search shards and saved searches tables and keeps every existing row.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RepositoryDb } from '../../../shared/db';
import { v1 } from '../../../shared/db/migrations/v1';
import { v2 } from '../../../shared/db/migrations/v2';
import { v3 } from '../../../shared/db/migrations/v3';

describe('migration v3', () => {
  it('adds searchShards and savedSearches, leaving documents and texts as they were', async () => {
    const name = `v3-${Math.random()}`;
    const old = new RepositoryDb(name, { indexedDB, IDBKeyRange }, [v1, v2]);
    await old.documents.bulkAdd([{ id: 'd1', title: 'Wien – Vídeň', cityIds: [] } as never]);
    await old.texts.add({ id: 'd1', text: 'Бургас 😀' });
    old.close();

    const upgraded = new RepositoryDb(name, { indexedDB, IDBKeyRange }, [v1, v2, v3]);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(upgraded.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['searchShards', 'savedSearches']));
    expect(await upgraded.texts.get('d1')).toEqual({ id: 'd1', text: 'Бургас 😀' });
    expect((await upgraded.documents.get('d1'))?.title).toBe('Wien – Vídeň');
    expect(await upgraded.searchShards.count()).toBe(0);
    await upgraded.searchShards.put({ id: 'shard-01', format: 2, documents: [{ documentId: 'd1', textHash: 'h', title: 'Wien – Vídeň', terms: '', labels: '[]', postings: new Uint8Array(0) }] });
    expect((await upgraded.searchShards.get('shard-01'))?.documents[0]?.documentId).toBe('d1');
    await upgraded.savedSearches.put({ id: 's1', name: 'Housing in Vienna', query: 'housing city:Wien', createdAt: '2026-01-01T00:00:00.000Z' });
    expect((await upgraded.savedSearches.where('name').equals('Housing in Vienna').first())?.query).toBe('housing city:Wien');
    upgraded.close();
  });
});
