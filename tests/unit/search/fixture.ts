// The sample project in a fresh database with its search index open, for search tests.
import { loadSampleProject } from '../../../shared/sample';
import { SearchIndex, loadCatalog, parseQuery, runSearch, type SearchCatalog, type SearchResults } from '../../../shared/search';
import { freshDb, sequentialIds, fixedClock } from '../../helpers';

export async function sampleSearch() {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { index } = await SearchIndex.open(db);
  const catalog = await loadCatalog(db);
  const search = (query: string, limit = 1000, on: { index: SearchIndex; catalog: SearchCatalog } = { index, catalog }) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
    return runSearch(on.index, on.catalog, parsed.query, { limit });
  };
  return { db, index, catalog, search };
}

/** Every hit as "document title | passage id", for comparing result sets. */
export function hitIds(results: SearchResults): string[] {
  return results.documents.flatMap((d) => d.hits.map((h) => h.passage.id)).sort();
}

/** What the highlights cover, as text. */
export function highlighted(results: SearchResults, texts: Map<string, string>): string[] {
  return results.documents.flatMap((d) => d.hits.flatMap((h) => h.highlights.map(([s, e]) => texts.get(d.documentId)!.slice(s, e))));
}
