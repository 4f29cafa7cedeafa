// checkRepository: the sample project is consistent; each kind of damage, written past the repository functions, is named.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkRepository } from '../../../shared/db/invariants';
import type { RepositoryDb } from '../../../shared/db';
import { loadSampleProject } from '../../../shared/sample';
import { SearchIndex } from '../../../shared/search/search-index';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

let db: RepositoryDb;

beforeEach(async () => {
  db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  await SearchIndex.open(db);
});

const codes = async () => (await checkRepository(db)).map((p) => p.code).sort();

describe('checkRepository', () => {
  it('finds nothing wrong with the indexed sample project', async () => {
    expect(await checkRepository(db)).toEqual([]);
  });

  const damage: [string, (db: RepositoryDb) => Promise<unknown>, string[]][] = [
    ['a segment whose document is gone', async (d) => d.segments.toCollection().first((s) => d.segments.put({ ...s!, documentId: 'nowhere' })), ['segment-missing-document']],
    ['a segment past the end of its text', async (d) => d.segments.toCollection().first(async (s) => d.segments.put({ ...s!, end: (await d.documents.get(s!.documentId))!.textLength + 1 })), ['segment-outside-text']],
    ['a segment with a deleted theme', async (d) => d.segments.toCollection().first((s) => d.segments.put({ ...s!, themeIds: ['gone'] })), ['segment-missing-theme']],
    ['a segment with a deleted city override', async (d) => d.segments.toCollection().first((s) => d.segments.put({ ...s!, cityId: 'gone' })), ['segment-missing-city']],
    ['a document without its text', async (d) => d.texts.delete((await d.documents.toCollection().first())!.id), ['document-missing-text']],
    ['a text whose length disagrees', async (d) => d.texts.toCollection().first((t) => d.texts.put({ ...t!, text: `${t!.text}!` })), ['document-text-length']],
    ['a text left without a document', async (d) => d.texts.put({ id: 'orphan', text: 'half written' }), ['text-without-document']],
    ['a document tagged with a deleted city', async (d) => d.documents.toCollection().first((x) => d.documents.put({ ...x!, cityIds: ['gone'] })), ['document-missing-city']],
    ['a document tagged with a deleted theme', async (d) => d.documents.toCollection().first((x) => d.documents.put({ ...x!, themeIds: ['gone'] })), ['document-missing-theme']],
    ['a document whose original is gone', async (d) => d.documents.toCollection().first((x) => d.documents.put({ ...x!, sourceId: 'gone' })), ['document-missing-source']],
    ['a theme under a deleted parent', async (d) => d.themes.toCollection().first((t) => d.themes.put({ ...t!, parentId: 'gone' })), ['theme-missing-parent']],
    ['a memo about a deleted city', async (d) => d.memos.toCollection().first((m) => d.memos.put({ ...m!, targetType: 'city', targetId: 'gone' })), ['memo-missing-target']],
    ['a chapter quoting a deleted passage', async (d) => d.chapters.toCollection().first((c) => d.chapters.put({ ...c!, blocks: [...c!.blocks, { id: 'q', type: 'quote', segmentId: 'gone' }] })), ['quote-missing-segment']],
  ];

  it.each(damage)('names %s', async (_name, hurt, expected) => {
    await hurt(db);
    expect(await codes()).toEqual(expected);
  });

  it('flags a theme cycle on every theme in it', async () => {
    const [a, b] = await db.themes.limit(2).toArray();
    await db.themes.bulkPut([{ ...a!, parentId: b!.id }, { ...b!, parentId: a!.id }]);
    expect((await checkRepository(db)).filter((p) => p.code === 'theme-cycle').map((p) => p.id).sort()).toEqual([a!.id, b!.id].sort());
  });

  it('says every document is missing from a cleared search index, as stale (repairable) problems', async () => {
    await db.searchShards.clear();
    const problems = await checkRepository(db);
    expect(problems).toHaveLength(await db.documents.count());
    expect(new Set(problems.map((p) => `${p.severity} ${p.code}`))).toEqual(new Set(['stale index-missing-document']));
    expect(await checkRepository(db, { searchIndex: false })).toEqual([]);
  });

  it('notices a retitled document and a deleted one that the index has not followed', async () => {
    const [first, second] = await db.documents.limit(2).toArray();
    await db.documents.put({ ...first!, title: 'Renamed' });
    await db.documents.delete(second!.id);
    await db.texts.delete(second!.id);
    await db.segments.where('documentId').equals(second!.id).delete();
    const problems = (await checkRepository(db)).filter((p) => p.table === 'searchShards');
    expect(problems.map((p) => [p.code, p.id]).sort()).toEqual([
      ['index-extra-document', second!.id],
      ['index-outdated-document', first!.id],
    ]);
  });

  it('is clean again once the index is reopened (what the search worker does at startup)', async () => {
    await db.searchShards.clear();
    const [first] = await db.documents.limit(1).toArray();
    await db.documents.put({ ...first!, title: 'Renamed' });
    expect((await checkRepository(db)).length).toBeGreaterThan(0);
    const { report } = await SearchIndex.open(db);
    expect(report.built).toBe(await db.documents.count());
    expect(await checkRepository(db)).toEqual([]);
  });

  it('writes plain sentences naming the thing', async () => {
    await db.segments.toCollection().first((s) => db.segments.put({ ...s!, documentId: 'nowhere' }));
    const [problem] = await checkRepository(db);
    expect(problem).toMatchObject({ severity: 'broken', table: 'segments', message: 'A coded passage points at a document that does not exist (nowhere).' });
  });
});
