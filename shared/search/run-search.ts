// Runs a parsed query: results grouped by document, best first, with snippets, locations and facets.
import type { SearchCatalog } from './catalog';
import type { DocumentIndex } from './document-index';
import { evaluate, type Range, type Wanted } from './evaluate';
import { passageCities, passageThemes } from './filters';
import { highlightRanges, makeSnippet, type Snippet } from './highlight';
import type { PassageSet } from './matches';
import type { PassageSpace } from './passage-space';
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

/** A matching document: how many passages count as hits and its score, read from the query's passage set. */
interface Grouped {
  doc: DocumentIndex;
  /** Passages matched by their text (or heading); when none, the document counts once, by its title. */
  inText: number;
  /** The first passage matched only by the title, standing for the document when no text matched. */
  firstByTitle: number;
  /** Sum of the three best scores of the passages that count. */
  score: number;
}

/** Per document: passages matched in text, the three best of their scores, the first passage matched by title. */
function group(space: PassageSpace, found: PassageSet): Grouped[] {
  const slots = space.documents.length;
  const inText = new Int32Array(slots);
  const best = new Float64Array(slots * 3).fill(-Infinity);
  const firstByTitle = new Int32Array(slots).fill(-1);
  const { score } = found;
  for (const n of found.members()) {
    const slot = space.slotOf(n);
    if (!found.inText(n)) {
      if (firstByTitle[slot] === -1 || n < firstByTitle[slot]!) firstByTitle[slot] = n;
      continue;
    }
    inText[slot]! += 1;
    const s = score[n]!;
    const at = slot * 3;
    if (s > best[at]!) {
      best[at + 2] = best[at + 1]!;
      best[at + 1] = best[at]!;
      best[at] = s;
    } else if (s > best[at + 1]!) {
      best[at + 2] = best[at + 1]!;
      best[at + 1] = s;
    } else if (s > best[at + 2]!) best[at + 2] = s;
  }
  const groups: Grouped[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    const doc = space.documents[slot];
    if (!doc || (inText[slot] === 0 && firstByTitle[slot] === -1)) continue;
    let sum = 0;
    if (inText[slot] === 0) sum = score[firstByTitle[slot]!]!;
    else for (let k = 0; k < 3; k += 1) if (best[slot * 3 + k] !== -Infinity) sum += best[slot * 3 + k]!;
    groups.push({ doc, inText: inText[slot]!, firstByTitle: firstByTitle[slot]!, score: sum });
  }
  return groups;
}

/** The passages of a group that count as hits (numbers within the document), in text order. */
function entries(g: Grouped, found: PassageSet): number[] {
  if (g.inText === 0) return [g.firstByTitle - g.doc.base];
  const out: number[] = [];
  for (let p = 0; p < g.doc.passageCount; p += 1) if (found.inText(g.doc.base + p)) out.push(p);
  return out;
}

interface Counted {
  group: Grouped;
  hitCount: number;
  /** The hits to show, best first (ties in text order), with their scores. */
  shown: { p: number; score: number }[];
}

function facets(catalog: SearchCatalog, groups: Grouped[], found: PassageSet): SearchResults['facets'] {
  const cities = new Map<string, number>();
  const themes = new Map<string, number>();
  const count = (counts: Map<string, number>, ids: Iterable<string>, n: number) => {
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + n);
  };
  for (const g of groups) {
    const id = g.doc.documentId;
    const doc = catalog.documents.get(id);
    const hits = g.inText || 1;
    if (!(catalog.segments.get(id)?.length ?? 0)) {
      // Without coded segments every passage has its document's cities and themes.
      count(cities, doc?.cityIds ?? [], hits);
      count(themes, new Set(doc?.themeIds ?? []), hits);
      continue;
    }
    for (const p of entries(g, found)) {
      const passage = g.doc.passage(p);
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

/** Ranks the documents and picks the hits to show, reading everything needed from the set before it is given back. */
/**
 * The best `count` groups (more when scores tie at the edge), best first, ties by title: each shown document
 * gives at least one hit, so no more documents than the hit limit are ever shown.
 */
function best(groups: Grouped[], count: number, title: (g: Grouped) => string): Grouped[] {
  if (count <= 0) return [];
  let candidates = groups;
  if (groups.length > count) {
    const scores = Float64Array.from(groups, (g) => g.score).sort();
    const edge = scores[scores.length - count]!;
    candidates = groups.filter((g) => g.score >= edge);
  }
  return candidates.sort((a, b) => b.score - a.score || title(a).localeCompare(title(b)));
}

function collect(index: SearchIndex, catalog: SearchCatalog, found: PassageSet, limit: number) {
  const title = (g: Grouped) => catalog.documents.get(g.doc.documentId)?.title ?? g.doc.documentId;
  const groups = group(index.vocabulary.space, found);
  let room = limit;
  const counted: Counted[] = [];
  for (const g of best(groups, Math.max(limit, 0), title)) {
    if (room <= 0) break;
    const shown = entries(g, found)
      .map((p) => ({ p, score: found.score[g.doc.base + p]! }))
      .sort((a, b) => b.score - a.score || a.p - b.p)
      .slice(0, room);
    room -= shown.length;
    counted.push({ group: g, hitCount: g.inText || 1, shown });
  }
  return { groups, counted, title, facets: facets(catalog, groups, found) };
}

export async function runSearch(index: SearchIndex, catalog: SearchCatalog, query: QueryNode, options: SearchOptions = {}): Promise<SearchResults> {
  const warnings: string[] = [];
  const wanted: Wanted = { terms: new Set(), phrases: [] };
  const found = evaluate({ index, catalog, warnings, wanted }, query);
  const { groups, counted, title, facets } = collect(index, catalog, found, options.limit ?? 100);
  index.vocabulary.space.release(found);
  const texts = await index.texts(counted.map((c) => c.group.doc.documentId));
  const documents: DocumentResult[] = [];
  for (const { group: g, hitCount, shown } of counted) {
    const text = texts.get(g.doc.documentId)!;
    const hits: SearchHit[] = [];
    for (const { p, score } of shown) {
      const passage = g.doc.passage(p);
      if (!passage) continue;
      const titleOnly = g.inText === 0;
      const highlights = titleOnly ? [] : highlightRanges(text, passage, wanted.terms, wanted.phrases);
      hits.push({ passage, score, highlights, snippet: makeSnippet(text, passage, highlights), titleOnly });
    }
    documents.push({ documentId: g.doc.documentId, title: title(g), score: g.score, hitCount, hits });
  }
  return {
    documents,
    totalHits: groups.reduce((n, g) => n + (g.inText || 1), 0),
    totalDocuments: groups.length,
    facets,
    warnings,
  };
}
