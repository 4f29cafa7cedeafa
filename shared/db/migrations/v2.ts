// Schema version 2: a document's text moves to its own `texts` table, so that listing documents
// (the Library, counts, facets) never structured-clones megabytes of text.
import type { Migration } from './migration';

const BATCH = 100;

export const v2: Migration = {
  version: 2,
  stores: { texts: 'id' },
  async upgrade(tx) {
    const documents = tx.table('documents');
    const texts = tx.table('texts');
    const keys = (await documents.toCollection().primaryKeys()) as string[];
    for (let i = 0; i < keys.length; i += BATCH) {
      const rows = (await documents.bulkGet(keys.slice(i, i + BATCH))) as Record<string, unknown>[];
      const moved = rows.filter(Boolean).map((doc) => {
        const { text, ...rest } = doc;
        const body = typeof text === 'string' ? text : '';
        return { doc: { ...rest, textLength: body.length }, text: { id: doc.id, text: body } };
      });
      await texts.bulkPut(moved.map((m) => m.text));
      await documents.bulkPut(moved.map((m) => m.doc));
    }
  },
};
