// Runs a parsed query: results grouped by document, best first, with snippets, locations and facets.
import type { SearchCatalog } from './catalog';
import { evaluate, type Match, type Range } from './evaluate';
import { passageCities, passageThemes } from './filters';
import { highlightRanges, makeSnippet, type Snippet } from './highlight';
import type { Passage } from './passages';
import type { QueryNode } from './query';
import type { SearchIndex } from './search-index';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Highlights in document offsets. */
  highlights: Range[];
  snippet: Snippet;
  /** Only the document title matched: the hit stands for the whole document. */
  titleOnly: boolean;
}

export interface DocumentResult {
  documentId: string;
  title: string;
  score: number;
  /** Matching passages in this document (before the hit limit). */
  hitCount: number;
  hits: SearchHit[];
}

export interface FacetCount {
  id: string;
  name: string;
  count: number;
}

export interface SearchResults {
  documents: DocumentResult[];
  totalHits: number;
  totalDocuments: number;
  /** Matching passages per city and per theme, among all results. */
  facets: { cities: FacetCount[]; themes: FacetCount[] };
  warnings: string[];
}

export interface SearchOptions {
  /** Most hits (passages) to return with snippets; documents beyond it are still counted. */
  limit?: number;
}

interface Grouped {
  documentId: string;
  score: number;
  entries: { passage: Passage; match: Match }[];
}

function group(index: SearchIndex, matches: Map<string, Match>): Grouped[] {
  const byDocument = new Map<string, Grouped>();
  for (const [id, match] of matches) {
    const passage = index.passage(id);
    if (!passage) continue;
    const entry = byDocument.get(passage.documentId) ?? { documentId: passage.documentId, score: 0, entries: [] };
    entry.entries.push({ passage, match });
    byDocument.set(passage.documentId, entry);
  }
  for (const g of byDocument.values()) {
    // A title match stands once for the document, unless its text matched too.
    const inText = g.entries.filter((e) => !e.match.titleOnly);
    g.entries = inText.length > 0 ? inText : g.entries.sort((a, b) => a.passage.start - b.passage.start).slice(0, 1);
    g.entries.sort((a, b) => b.match.score - a.match.score || a.passage.start - b.passage.start);
    g.score = g.entries.slice(0, 3).reduce((sum, e) => sum + e.match.score, 0);
  }
  return [...byDocument.values()];
}

function facets(catalog: SearchCatalog, groups: Grouped[]): SearchResults['facets'] {
  const cities = new Map<string, number>();
  const themes = new Map<string, number>();
  for (const g of groups) {
    for (const { passage } of g.entries) {
      for (const id of passageCities(catalog, passage)) cities.set(id, (cities.get(id) ?? 0) + 1);
      for (const id of passageThemes(catalog, passage)) themes.set(id, (themes.get(id) ?? 0) + 1);
    }
  }
  const named = (counts: Map<string, number>, names: Map<string, string>) =>
    [...counts]
      .filter(([id]) => names.has(id))
      .map(([id, count]) => ({ id, name: names.get(id)!, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    cities: named(cities, new Map(catalog.cities.map((c) => [c.id, c.name]))),
    themes: named(themes, new Map(catalog.themes.map((t) => [t.id, t.name]))),
  };
}

export async function runSearch(index: SearchIndex, catalog: SearchCatalog, query: QueryNode, options: SearchOptions = {}): Promise<SearchResults> {
  const warnings: string[] = [];
  const matches = await evaluate({ index, catalog, warnings }, query);
  const title = (id: string) => catalog.documents.get(id)?.title ?? id;
  const groups = group(index, matches).sort((a, b) => b.score - a.score || title(a.documentId).localeCompare(title(b.documentId)));
  let room = options.limit ?? 100;
  const documents: DocumentResult[] = [];
  for (const g of groups) {
    if (room <= 0) break;
    const text = await index.text(g.documentId);
    const hits = g.entries.slice(0, room).map(({ passage, match }): SearchHit => {
      const highlights = highlightRanges(text, passage, match);
      return { passage, score: match.score, highlights, snippet: makeSnippet(text, passage, highlights), titleOnly: match.titleOnly };
    });
    room -= hits.length;
    documents.push({ documentId: g.documentId, title: title(g.documentId), score: g.score, hitCount: g.entries.length, hits });
  }
  return {
    documents,
    totalHits: groups.reduce((n, g) => n + g.entries.length, 0),
    totalDocuments: groups.length,
    facets: facets(catalog, groups),
    warnings,
  };
}
