// The index is persisted per document and updated incrementally: add, remove and re-index equal a fresh build.
import { describe, expect, it } from 'vitest';
import { SearchIndex, SHARD_FORMAT, loadCatalog, parseQuery, runSearch, type SearchIndex as Index } from '../../../shared/search';
import { sampleSearch } from './fixture';

const QUERIES = ['housing', 'Бургас', '"Anerkennung von Abschlüssen"', 'integr*', 'housng~', 'families -city', 'city:Wien', 'theme:Housing OR Wohnung', 'coded:yes lang:ita'];

async function answers(index: Index, db: Awaited<ReturnType<typeof sampleSearch>>['db']) {
  const catalog = await loadCatalog(db);
  const out: unknown[] = [];
  for (const query of QUERIES) {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const results = await runSearch(index, catalog, parsed.query, { limit: 1000 });
    out.push(results.documents.map((d) => ({ id: d.documentId, score: d.score.toFixed(6), hits: d.hits.map((h) => [h.passage.id, h.highlights, h.snippet.text]) })));
  }
  return out;
}

describe('incremental index', () => {
  it('add → remove → re-index gives the same answers as a fresh build', async () => {
    const { db, index } = await sampleSearch();
    const before = await answers(index, db);
    const [first, second] = [...index.shards.keys()];
    await index.removeDocument(first!);
    await index.removeDocument(second!);
    expect(await db.searchShards.get(first!)).toBeUndefined();
    const without = await answers(index, db);
    expect(JSON.stringify(without)).not.toContain(first!);
    expect(without).not.toEqual(before);
    await index.indexDocument(second!);
    await index.reindexDocument(first!);
    await index.reindexDocument(first!);

    await db.searchShards.clear();
    const { index: fresh, report } = await SearchIndex.open(db);
    expect(report).toEqual({ loaded: 0, built: 6, removed: 0 });
    expect(await answers(index, db)).toEqual(await answers(fresh, db));
    expect(await answers(index, db)).toEqual(before);
  });

  it('opening again loads the persisted shards without rebuilding, and answers the same', async () => {
    const { db, index } = await sampleSearch();
    const { index: reopened, report } = await SearchIndex.open(db);
    expect(report).toEqual({ loaded: 6, built: 0, removed: 0 });
    expect(await answers(reopened, db)).toEqual(await answers(index, db));
  });

  it('rebuilds shards of an older format or changed text, and drops those of deleted documents', async () => {
    const { db } = await sampleSearch();
    const [a, b, c] = (await db.searchShards.toArray()).map((r) => r.documentId);
    await db.searchShards.update(a!, { format: SHARD_FORMAT - 1 });
    await db.searchShards.update(b!, { textHash: 'something else' });
    await db.searchShards.put({ ...(await db.searchShards.get(c!))!, documentId: 'gone' });
    const { report, index } = await SearchIndex.open(db);
    expect(report).toEqual({ loaded: 4, built: 2, removed: 1 });
    expect(await db.searchShards.get('gone')).toBeUndefined();
    expect(index.shards.size).toBe(6);
    expect((await db.searchShards.get(a!))!.format).toBe(SHARD_FORMAT);
  });

  it('indexing a document that is no longer there removes its shard', async () => {
    const { db, index } = await sampleSearch();
    const id = [...index.shards.keys()][0]!;
    await db.documents.delete(id);
    expect(await index.indexDocument(id)).toBe(false);
    expect(index.shards.has(id)).toBe(false);
    expect(await db.searchShards.get(id)).toBeUndefined();
  });

  it('persists one row per document: adding a document writes only its own row', async () => {
    const { db, index } = await sampleSearch();
    const before = new Map((await db.searchShards.toArray()).map((r) => [r.documentId, r.index]));
    const id = [...index.shards.keys()][2]!;
    await db.searchShards.delete(id);
    await index.indexDocument(id);
    const after = await db.searchShards.toArray();
    expect(after).toHaveLength(6);
    for (const row of after) expect(row.index).toBe(before.get(row.documentId));
  });
});
