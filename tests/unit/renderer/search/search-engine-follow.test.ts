// After its first look the worker's engine follows the change log: it reads only the rows changes name, and falls back to reading everything when the log cannot explain the repository.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../renderer/src/features/search/search-engine';
import { redo, undo } from '../../../../shared/db';
import { tagDocuments } from '../../../../shared/coding/tagging';
import { testContext } from '../../../helpers';
import { sampleRepository } from './search-fixtures';

/** Counts full reads of the documents table. */
function countDocumentReads(db: Awaited<ReturnType<typeof sampleRepository>>): () => number {
  let reads = 0;
  const toArray = db.documents.toArray.bind(db.documents);
  db.documents.toArray = ((...args: Parameters<typeof toArray>) => {
    reads += 1;
    return toArray(...args);
  }) as typeof toArray;
  return () => reads;
}

describe('the search engine following the change log', () => {
  it('sees a city tagged, its undo and redo, without reading all documents again', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    const berlin = (await db.cities.toArray()).find((c) => c.name === 'Berlin')!;
    const before = await engine.search('housing city:Berlin', 100);
    const outside = (await engine.search('housing', 100)).results.documents.map((d) => d.documentId).find((id) => !before.results.documents.some((d) => d.documentId === id))!;
    const reads = countDocumentReads(db);

    expect((await tagDocuments(db, testContext, [outside], { addCityIds: [berlin.id] })).ok).toBe(true);
    const tagged = await engine.search('housing city:Berlin', 100);
    expect(tagged.results.documents.map((d) => d.documentId)).toContain(outside);
    expect(tagged.about[outside]!.cities).toContain('Berlin');

    await undo(db);
    expect((await engine.search('housing city:Berlin', 100)).results.totalHits).toBe(before.results.totalHits);
    await redo(db);
    expect((await engine.search('housing city:Berlin', 100)).results.totalHits).toBe(tagged.results.totalHits);
    expect(reads()).toBe(0);
  });

  it('reads everything again when documents appear outside the change log', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    await engine.sync();
    const [first] = await db.documents.toArray();
    const text = (await db.texts.get(first!.id))!.text;
    await db.transaction('rw', db.documents, db.texts, async () => {
      await db.documents.put({ ...first!, id: 'copied', title: 'Copied outside the log' });
      await db.texts.put({ id: 'copied', text });
    });
    const reads = countDocumentReads(db);
    expect(await engine.sync()).toMatchObject({ indexed: 1 });
    expect(reads()).toBe(1);
    expect((await engine.search('"Copied outside the log"', 10)).results.documents.map((d) => d.documentId)).toEqual(['copied']);
  });
});
