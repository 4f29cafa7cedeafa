// The renderer's repository: the single place it opens the IndexedDB database, and the React context that hands it out.
import { createContext, useContext } from 'react';
import { RepositoryDb } from '../../shared/db';

export const REPOSITORY_DATABASE_NAME = 'comparanda-repository';

export function openBrowserRepository(): RepositoryDb {
  return new RepositoryDb(REPOSITORY_DATABASE_NAME, { indexedDB: window.indexedDB, IDBKeyRange: window.IDBKeyRange });
}

export const RepositoryContext = createContext<RepositoryDb | null>(null);

export function useRepository(): RepositoryDb {
  const db = useContext(RepositoryContext);
  if (!db) throw new Error('useRepository must be used inside <RepositoryContext.Provider>.');
  return db;
}
