// The import benchmark's search worker: a worker thread that indexes each stored document, as the app's search worker does beside its import worker.
//
// Worker threads share no fake-indexeddb, so each message carries the stored document and its text; the worker
// writes them into its own repository and indexes from there (index built and its shard saved), then answers.
import { parentPort } from 'node:worker_threads';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RepositoryDb } from '../../shared/db';
import type { Document } from '../../shared/model';
import { SearchIndex } from '../../shared/search';

export interface IndexRequest {
  document: Document;
  text: string;
}

const port = parentPort;
if (!port) throw new Error('import-search-worker.ts runs as a worker thread');

const db = new RepositoryDb(`bench-search-worker-${Date.now()}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
const opened = SearchIndex.open(db);
// One document at a time, in the order they were stored, as the app's worker follows the import.
let queue: Promise<unknown> = opened.then(() => port.postMessage({ ready: true }));

port.on('message', (request: IndexRequest) => {
  queue = queue.then(async () => {
    const { index } = await opened;
    await db.transaction('rw', db.documents, db.texts, async () => {
      await db.documents.put(request.document);
      await db.texts.put({ id: request.document.id, text: request.text });
    });
    const indexed = await index.indexDocument(request.document.id);
    port.postMessage({ indexed: request.document.id, ok: indexed });
  });
});
