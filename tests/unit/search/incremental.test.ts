// The index is persisted per document and updated incrementally: add, remove and re-index equal a fresh build.
import { describe, expect, it } from 'vitest';
import { SearchIndex, SHARD_FORMAT, shardIdOf, loadCatalog, parseQuery, runSearch, type SearchIndex as Index } from '../../../shared/search';
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
    const [first, second] = [...index.documents.keys()];
    await index.removeDocument(first!);
    await index.removeDocument(second!);
    const stored = await db.searchShards.toArray();
    expect(stored.flatMap((r) => r.documents.map((d) => d.documentId))).not.toContain(first!);
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
    const shards = await db.searchShards.count();
    expect(shards).toBe(new Set([...index.documents.keys()].map(shardIdOf)).size);
    const { index: reopened, report } = await SearchIndex.open(db);
    expect(report).toEqual({ loaded: shards, built: 0, removed: 0 });
    expect(await answers(reopened, db)).toEqual(await answers(index, db));
  });

  it('rebuilds shards of an older format or changed text, and drops documents that were deleted', async () => {
    const { db, index: original } = await sampleSearch();
    const expected = await answers(original, db);
    const records = await db.searchShards.toArray();
    const [a, b] = records;
    await db.searchShards.update(a!.id, { format: SHARD_FORMAT - 1 });
    const changed = b!.documents[0]!.documentId;
    await db.searchShards.update(b!.id, { documents: b!.documents.map((d) => ({ ...d, textHash: d.documentId === changed ? 'older text' : d.textHash })) });
    const gone = { ...b!.documents[0]!, documentId: 'gone' };
    const c = records.find((r) => r.id === shardIdOf('gone')) ?? { id: shardIdOf('gone'), format: SHARD_FORMAT, documents: [] };
    await db.searchShards.put({ ...c, documents: [...c.documents, gone] });
    const { report, index } = await SearchIndex.open(db);
    expect(report.built).toBe(a!.documents.length + 1);
    expect(report.removed).toBe(1);
    expect(index.documents.has('gone')).toBe(false);
    expect((await db.searchShards.toArray()).flatMap((r) => r.documents.map((d) => d.documentId))).not.toContain('gone');
    expect((await db.searchShards.get(a!.id))!.format).toBe(SHARD_FORMAT);
    expect(await answers(index, db)).toEqual(expected);
  });

  it('indexes a document again when its stored record is damaged (cut short, or not postings at all)', async () => {
    const { db, index: original } = await sampleSearch();
    const expected = await answers(original, db);
    const [a, b] = await db.searchShards.toArray();
    const cut = a!.documents.map((d, i) => (i === 0 ? { ...d, postings: d.postings.slice(0, d.postings.length - 2) } : d));
    await db.searchShards.update(a!.id, { documents: cut });
    await db.searchShards.update(b!.id, { documents: b!.documents.map((d, i) => (i === 0 ? { ...d, postings: 'not bytes' as never } : d)) });
    const { report, index } = await SearchIndex.open(db);
    expect(report.built).toBe(2);
    expect(await answers(index, db)).toEqual(expected);
    const { report: again } = await SearchIndex.open(db);
    expect(again.built).toBe(0);
  });

  it('indexes a renamed document again at open, so its new title is found', async () => {
    const { db, index } = await sampleSearch();
    const id = [...index.documents.keys()][1]!;
    await db.documents.update(id, { title: 'Quellenverzeichnis Zwischenbericht' });
    const { index: reopened, report } = await SearchIndex.open(db);
    expect(report).toMatchObject({ built: 1, removed: 0 });
    const catalog = await loadCatalog(db);
    const parsed = parseQuery('Quellenverzeichnis');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const results = await runSearch(reopened, catalog, parsed.query);
    expect(results.documents.map((d) => d.documentId)).toEqual([id]);
  });

  it('indexing a document that is no longer there removes its shard', async () => {
    const { db, index } = await sampleSearch();
    const id = [...index.documents.keys()][0]!;
    await db.documents.delete(id);
    expect(await index.indexDocument(id)).toBe(false);
    expect(index.documents.has(id)).toBe(false);
    expect((await db.searchShards.toArray()).flatMap((r) => r.documents.map((d) => d.documentId))).not.toContain(id);
  });

  it('re-indexing a document writes only its own shard, which comes out as before', async () => {
    const { db, index } = await sampleSearch();
    const before = new Map((await db.searchShards.toArray()).map((r) => [r.id, r]));
    const id = [...index.documents.keys()][2]!;
    const own = shardIdOf(id);
    const written: string[] = [];
    db.searchShards.hook('creating', (key) => void written.push(String(key)));
    db.searchShards.hook('updating', (_changes, key) => void written.push(String(key)));
    await index.reindexDocument(id);
    expect(written).toEqual([own]);
    const after = await db.searchShards.get(own);
    expect(after!.documents.map((d) => d.documentId).sort()).toEqual(before.get(own)!.documents.map((d) => d.documentId).sort());
  });
});
