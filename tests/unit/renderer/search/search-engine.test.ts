// The worker's engine keeps the index and catalog in step: added, edited and deleted documents, coding and its undo.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../renderer/src/features/search/search-engine';
import { withFilter } from '../../../../renderer/src/features/search/search-state';
import { addDocument, mutate, undo } from '../../../../shared/db';
import { codeFromSearch } from '../../../../shared/search';
import { testContext } from '../../../helpers';
import { sampleRepository } from './search-fixtures';

const titles = (answer: Awaited<ReturnType<SearchEngine['search']>>) => answer.results.documents.map((d) => d.title);

async function addNote(db: Awaited<ReturnType<typeof sampleRepository>>, title: string, text: string) {
  const { id: _id, sourceId: _s, textLength: _l, createdAt: _c, updatedAt: _u, ...template } = (await db.documents.toArray())[0]!;
  const input = { ...template, title, text, sha256: `${title}#`.padEnd(64, '0'), textHash: title, cityIds: [], themeIds: [], pages: [], turns: [], headings: [] };
  const added = await addDocument(db, testContext, input as never, null);
  if (!added.ok) throw new Error(added.error.message);
  return added.value;
}

describe('the search engine behind the worker', () => {
  it('builds the index on first use and persists it in shards', async () => {
    const db = await sampleRepository();
    expect(await db.searchShards.count()).toBe(0);
    const engine = new SearchEngine(db);
    const answer = await engine.search('"social housing"', 50);
    expect(titles(answer)).toEqual(['Interview with a housing official, Vienna']);
    expect(answer.about[answer.results.documents[0]!.documentId]).toEqual({ kind: 'interview', cities: ['Vienna'] });
    expect(await db.searchShards.count()).toBeGreaterThan(0);
    const again = await new SearchEngine(db).sync();
    expect(again).toMatchObject({ indexed: 0, removed: 0 });
  });

  it('finds a document added after it opened, and forgets a deleted one, without being told', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    expect((await engine.search('zanzibarite', 50)).results.totalHits).toBe(0);
    const note = await addNote(db, 'Field note', 'The zanzibarite committee met in the town hall.');
    expect(titles(await engine.search('zanzibarite', 50))).toEqual(['Field note']);
    await mutate(db, testContext, 'Deleted a note', async (draft) => {
      await draft.delete('documents', note.id);
      await draft.delete('texts', note.id);
    });
    expect((await engine.search('zanzibarite', 50)).results.totalHits).toBe(0);
    expect(await engine.sync()).toMatchObject({ indexed: 0, removed: 0 });
  });

  it('reopens the index when many documents arrive at once, and still finds each', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    await engine.sync();
    for (let i = 0; i < 25; i += 1) await addNote(db, `Note ${i}`, `Visit number ${i} to the quixotic allotment.`);
    expect(await engine.sync()).toMatchObject({ documents: 31, indexed: 25, removed: 0 });
    expect((await engine.search('quixotic', 100)).results.totalDocuments).toBe(25);
    expect(await new SearchEngine(db).sync()).toMatchObject({ documents: 31, indexed: 0 });
  });

  it('sees coding from search in coded: filters, and its undo', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    const before = (await engine.search('meantime coded:yes', 50)).results.totalHits;
    const ranges = await engine.rangesToCode('meantime', 'sentence');
    expect(ranges.length).toBeGreaterThan(0);
    const theme = (await db.themes.toArray())[0]!;
    const coded = await codeFromSearch(db, testContext, ranges, theme.id);
    expect(coded.ok).toBe(true);
    const after = (await engine.search('meantime coded:yes', 50)).results.totalHits;
    expect(after).toBeGreaterThan(before);
    await undo(db);
    expect((await engine.search('meantime coded:yes', 50)).results.totalHits).toBe(before);
  });

  it('codes only the selected passages when told which', async () => {
    const db = await sampleRepository();
    const engine = new SearchEngine(db);
    const answer = await engine.search('housing', 100);
    const one = answer.results.documents[0]!.hits[0]!.passage;
    const ranges = await engine.rangesToCode('housing', 'passage', [one.id]);
    expect(ranges).toEqual([{ documentId: one.documentId, start: one.start, end: one.end }]);
  });
});

describe('adding a facet filter to the query', () => {
  it.each([
    ['', 'city', 'Vienna', 'city:"Vienna"'],
    ['housing', 'city', 'Den Haag', 'housing city:"Den Haag"'],
    ['housing  ', 'theme', 'Housing', 'housing theme:"Housing"'],
    ['housing city:"Vienna"', 'city', 'Vienna', 'housing city:"Vienna"'],
    ['x', 'theme', 'A "quoted" name', 'x theme:"A quoted name"'],
  ] as const)('%j + %s %j = %j', (query, field, value, expected) => {
    expect(withFilter(query, field, value)).toBe(expected);
  });
});
