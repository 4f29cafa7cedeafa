// The Library's rows: documents joined with their city names, and the pure sort and filter over them.
import { DOCUMENT_KIND_LABELS, type City, type Document, type DocumentKind } from '../model';

/** The fields of a document the Library lists (never its text). */
export type DocumentSummary = Pick<Document, 'id' | 'title' | 'kind' | 'language' | 'cityIds' | 'size' | 'createdAt'>;

export interface DocumentRow {
  id: string;
  title: string;
  kind: DocumentKind;
  kindLabel: string;
  cityIds: string[];
  cityNames: string[];
  language: string;
  size: number;
  importedAt: string;
}

export const SORT_KEYS = ['title', 'kind', 'cities', 'language', 'size', 'imported'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RowSort {
  key: SortKey;
  direction: SortDirection;
}

export interface RowFilter {
  /** Words that must all appear in the title, ignoring case and accents. */
  text: string;
  kind: DocumentKind | null;
  /** A document matches when it is tagged with any of these cities. */
  cityIds: string[];
  language: string | null;
}

export const NO_FILTER: RowFilter = { text: '', kind: null, cityIds: [], language: null };

export function summariseDocument(doc: Document): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    cityIds: doc.cityIds,
    size: doc.size,
    createdAt: doc.createdAt,
  };
}

export function toDocumentRows(documents: readonly DocumentSummary[], cities: readonly City[]): DocumentRow[] {
  const cityName = new Map(cities.map((c) => [c.id, c.name]));
  return documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    kindLabel: DOCUMENT_KIND_LABELS[doc.kind] ?? doc.kind,
    cityIds: doc.cityIds,
    cityNames: doc.cityIds.map((id) => cityName.get(id) ?? 'Unknown city').sort((a, b) => a.localeCompare(b)),
    language: doc.language,
    size: doc.size,
    importedAt: doc.createdAt,
  }));
}

/** Lower case without diacritics, so "zurich" finds "Zürich"; non-Latin letters are kept. */
export function foldForMatching(value: string): string {
  return value.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase();
}

export function filterRows(rows: readonly DocumentRow[], filter: RowFilter): DocumentRow[] {
  const words = foldForMatching(filter.text).split(/\s+/).filter(Boolean);
  const cities = new Set(filter.cityIds);
  return rows.filter((row) => {
    if (filter.kind && row.kind !== filter.kind) return false;
    if (filter.language && row.language !== filter.language) return false;
    if (cities.size > 0 && !row.cityIds.some((id) => cities.has(id))) return false;
    if (words.length > 0) {
      const title = foldForMatching(row.title);
      if (!words.every((w) => title.includes(w))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareBy(key: SortKey): (a: DocumentRow, b: DocumentRow) => number {
  switch (key) {
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
    case 'kind':
      return (a, b) => collator.compare(a.kindLabel, b.kindLabel);
    case 'cities':
      // Documents without a city sort last in ascending order.
      return (a, b) =>
        (a.cityNames.length === 0 ? 1 : 0) - (b.cityNames.length === 0 ? 1 : 0) ||
        collator.compare(a.cityNames.join(', '), b.cityNames.join(', '));
    case 'language':
      return (a, b) => collator.compare(a.language, b.language);
    case 'size':
      return (a, b) => a.size - b.size;
    case 'imported':
      return (a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0);
  }
}

/** A stable sort; ties fall back to the title, then the id, so the order never jumps. */
export function sortRows(rows: readonly DocumentRow[], sort: RowSort): DocumentRow[] {
  const primary = compareBy(sort.key);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Clicking a column header: a new column sorts ascending, the same column flips direction. */
export function nextSort(current: RowSort, key: SortKey): RowSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The distinct values a filter can offer, sorted for display. */
export function filterChoices(rows: readonly DocumentRow[]): { kinds: DocumentKind[]; languages: string[] } {
  const kinds = new Set<DocumentKind>();
  const languages = new Set<string>();
  for (const row of rows) {
    kinds.add(row.kind);
    languages.add(row.language);
  }
  return { kinds: [...kinds].sort(), languages: [...languages].sort() };
}
