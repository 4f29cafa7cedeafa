// The query on the Search screen, kept while the researcher visits the Reader and set by saved searches in the sidebar.
import { useSyncExternalStore } from 'react';

let query = '';
const listeners = new Set<() => void>();

export function currentQuery(): string {
  return query;
}

export function setCurrentQuery(next: string): void {
  if (next === query) return;
  query = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCurrentQuery(): string {
  return useSyncExternalStore(subscribe, currentQuery, currentQuery);
}

/** The query with a filter added: `city:"Den Haag"`; an identical filter already there is not added twice. */
export function withFilter(current: string, field: 'city' | 'theme', value: string): string {
  const filter = `${field}:"${value.replace(/"/g, '')}"`;
  if (current.includes(filter)) return current;
  const trimmed = current.trim();
  return trimmed === '' ? filter : `${trimmed} ${filter}`;
}
