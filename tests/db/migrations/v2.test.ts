// Schema version 2 moves each document's text into the texts table and records its length.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RepositoryDb } from '../../../shared/db';
import { v1 } from '../../../shared/db/migrations/v1';
import { v2 } from '../../../shared/db/migrations/v2';

describe('migration v2', () => {
  it('moves document text out of the documents table without losing a character', async () => {
    const name = `v2-${Math.random()}`;
    const old = new RepositoryDb(name, { indexedDB, IDBKeyRange }, [v1]);
    const texts = ['Wien – Vídeň 😀', 'Бургас', ''];
    await old.table('documents').bulkAdd(texts.map((text, i) => ({ id: `d${i}`, title: `Doc ${i}`, text, cityIds: [] })));
    old.close();

    const upgraded = new RepositoryDb(name, { indexedDB, IDBKeyRange }, [v1, v2]);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    for (const [i, text] of texts.entries()) {
      const doc = (await upgraded.documents.get(`d${i}`)) as unknown as Record<string, unknown>;
      expect(doc).not.toHaveProperty('text');
      expect(doc.textLength).toBe(text.length);
      expect(doc.title).toBe(`Doc ${i}`);
      expect(await upgraded.texts.get(`d${i}`)).toEqual({ id: `d${i}`, text });
    }
    upgraded.close();
  });
});
