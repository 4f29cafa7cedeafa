// The search worker: opens the repository, keeps the search index (loaded, built, updated) and answers queries.
import { RepositoryDb } from '../../../shared/db';
import { REPOSITORY_DATABASE_NAME } from '../db';
import { answerRequest, SearchEngine } from '../features/search/search-engine';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';

const engine = new SearchEngine(new RepositoryDb(REPOSITORY_DATABASE_NAME, { indexedDB: self.indexedDB, IDBKeyRange: self.IDBKeyRange }));

self.addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const { id, request } = event.data;
  answerRequest(engine, request).then(
    (value) => self.postMessage({ id, ok: true, value } satisfies FromSearchWorker),
    (error: unknown) => self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies FromSearchWorker),
  );
});
