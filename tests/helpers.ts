// Test helpers: a fresh in-memory repository database per test, and a fixed clock and ids.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RepositoryDb } from '../shared/db';

let counter = 0;

export function freshDb(): RepositoryDb {
  counter += 1;
  return new RepositoryDb(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const fixedClock = () => new Date('2026-01-15T10:00:00.000Z');

export const testContext = { coder: 'Tester', clock: fixedClock };
