// How screens ask for searches: the search worker in the app, an in-process engine in component tests.
import { createContext, useContext } from 'react';
import type { FromSearchWorker, SearchReplies, SearchRequest, ToSearchWorker } from '../../workers/search-messages';
import { answerRequest, type SearchEngine } from './search-engine';

export interface SearchService {
  ask<R extends SearchRequest>(request: R): Promise<SearchReplies[R['type']]>;
}

/** One worker for the window's lifetime, started at the first request. */
export function workerSearchService(): SearchService {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const start = () => {
    const w = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    w.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new Error(reply.message));
    });
    w.addEventListener('error', (event) => {
      for (const pending of waiting.values()) pending.reject(new Error(event.message || 'The search stopped unexpectedly.'));
      waiting.clear();
      worker = null;
    });
    return w;
  };
  return {
    ask(request) {
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker!.postMessage({ id, request } satisfies ToSearchWorker);
      });
    },
  };
}

/** The same answers from an engine in this thread (component tests; the app never does this). */
export function engineSearchService(engine: SearchEngine): SearchService {
  return { ask: (request) => answerRequest(engine, request) as never };
}

let appService: SearchService | null = null;

/** The app's service; null where workers do not exist (component tests of other screens). */
export function appSearchService(): SearchService | null {
  if (typeof Worker === 'undefined') return null;
  appService ??= workerSearchService();
  return appService;
}

export const SearchServiceContext = createContext<SearchService | null | undefined>(undefined);

export function useSearchService(): SearchService | null {
  const provided = useContext(SearchServiceContext);
  return provided === undefined ? appSearchService() : provided;
}
