// What filters and facets read besides the index: documents, cities, codebook and coded segments.
import type { City, Document, Segment, Theme } from '../model';
import type { RepositoryDb } from '../db/database';

export interface SearchCatalog {
  documents: Map<string, Document>;
  cities: City[];
  themes: Theme[];
  /** Coded segments by document id, sorted by start. */
  segments: Map<string, Segment[]>;
}

export function makeCatalog(documents: Document[], cities: City[], themes: Theme[], segments: Segment[]): SearchCatalog {
  const byDocument = new Map<string, Segment[]>();
  for (const segment of segments) {
    const list = byDocument.get(segment.documentId) ?? [];
    list.push(segment);
    byDocument.set(segment.documentId, list);
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start);
  return { documents: new Map(documents.map((d) => [d.id, d])), cities, themes, segments: byDocument };
}

/** Reads the catalog in one read transaction (no document text is loaded); `documents` when the caller has just read them. */
export async function loadCatalog(db: RepositoryDb, documents?: Document[]): Promise<SearchCatalog> {
  return db.transaction('r', [db.documents, db.cities, db.themes, db.segments], async () =>
    makeCatalog(documents ?? (await db.documents.toArray()), await db.cities.toArray(), await db.themes.toArray(), await db.segments.toArray()),
  );
}
