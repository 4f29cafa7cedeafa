// Runs a parsed query: results grouped by document, best first, with snippets, locations and facets.
import type { SearchCatalog } from './catalog';
import { evaluate, type Match, type Range } from './evaluate';
import type { DocumentMatches, Matches } from './matches';
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
  matches: DocumentMatches;
  /** The passage numbers that count as hits: those matched by their text, else the first title match. */
  entries: number[];
  score: number;
}

/** Sum of the three best scores among `entries`. */
function topThree(scores: readonly number[], entries: readonly number[]): number {
  let a = -Infinity;
  let b = -Infinity;
  let c = -Infinity;
  for (const p of entries) {
    const s = scores[p]!;
    if (s > a) [a, b, c] = [s, a, b];
    else if (s > b) [b, c] = [s, b];
    else if (s > c) c = s;
  }
  return [a, b, c].filter((s) => s !== -Infinity).reduce((sum, s) => sum + s, 0);
}

function group(matches: Matches): Grouped[] {
  const groups: Grouped[] = [];
  for (const [documentId, m] of matches) {
    const inText: number[] = [];
    let first = -1;
    for (let p = 0; p < m.matched.length; p += 1) {
      if (m.matched[p] === 0) continue;
      if (first < 0) first = p;
      if (m.inText[p] === 1) inText.push(p);
    }
    if (first < 0) continue;
    // A title match stands once for the document, unless its text matched too.
    const entries = inText.length > 0 ? inText : [first];
    groups.push({ documentId, matches: m, entries, score: topThree(m.score, entries) });
  }
  return groups;
}

/** The matching passages of a group, best first (ties in text order). */
function ranked(g: Grouped): number[] {
  const scores = g.matches.score;
  return [...g.entries].sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function facets(catalog: SearchCatalog, groups: Grouped[]): SearchResults['facets'] {
  const cities = new Map<string, number>();
  const themes = new Map<string, number>();
  const count = (counts: Map<string, number>, ids: Iterable<string>, n: number) => {
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + n);
  };
  for (const g of groups) {
    const doc = catalog.documents.get(g.documentId);
    if (!(catalog.segments.get(g.documentId)?.length ?? 0)) {
      // Without coded segments every passage has its document's cities and themes.
      count(cities, doc?.cityIds ?? [], g.entries.length);
      count(themes, new Set(doc?.themeIds ?? []), g.entries.length);
      continue;
    }
    for (const p of g.entries) {
      const passage = g.matches.doc.passage(p);
      if (!passage) continue;
      count(cities, passageCities(catalog, passage), 1);
      count(themes, passageThemes(catalog, passage), 1);
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

function matchAt(m: DocumentMatches, p: number): Match {
  return { score: m.score[p]!, terms: m.terms[p] ?? [], phrases: m.phrases[p] ?? [], titleOnly: m.inText[p] === 0 };
}

export async function runSearch(index: SearchIndex, catalog: SearchCatalog, query: QueryNode, options: SearchOptions = {}): Promise<SearchResults> {
  const warnings: string[] = [];
  const matches = await evaluate({ index, catalog, warnings }, query);
  const title = (id: string) => catalog.documents.get(id)?.title ?? id;
  const groups = group(matches).sort((a, b) => b.score - a.score || title(a.documentId).localeCompare(title(b.documentId)));
  let room = options.limit ?? 100;
  const documents: DocumentResult[] = [];
  for (const g of groups) {
    if (room <= 0) break;
    const text = await index.text(g.documentId);
    const hits: SearchHit[] = [];
    for (const p of ranked(g).slice(0, room)) {
      const passage = g.matches.doc.passage(p);
      if (!passage) continue;
      const match = matchAt(g.matches, p);
      const highlights = highlightRanges(text, passage, match);
      hits.push({ passage, score: match.score, highlights, snippet: makeSnippet(text, passage, highlights), titleOnly: match.titleOnly });
    }
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
