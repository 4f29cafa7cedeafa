// Format 2 carries saved searches and the search index; format-1 archives open with neither, and unusable shards are rebuilt.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPath, exportArchive, loadArchiveInto, openArchive, readArchive, type ArchiveContents } from '../../../shared/archive';
import type { RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { loadSampleProject } from '../../../shared/sample';
import { SHARD_FORMAT } from '../../../shared/search/shard';
import { SearchIndex } from '../../../shared/search/search-index';
import { listSavedSearches, saveSearch } from '../../../shared/search/saved-search';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

/** The sample project with its search index built and persisted, and two saved searches. */
async function indexedSample(): Promise<RepositoryDb> {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  await SearchIndex.open(db);
  const newId = sequentialIds('q');
  await saveSearch(db, { name: 'Housing in Vienna', query: 'housing city:Vienna' }, { clock: fixedClock, newId });
  await saveSearch(db, { name: 'Mediators', query: '"cultural mediator*"' }, { clock: fixedClock, newId });
  return db;
}

async function contentsOf(db: RepositoryDb): Promise<ArchiveContents> {
  const read = await readArchive(await exportArchive(db, { appVersion: 'test', clock: fixedClock }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** Rewrites an archive as format 1 wrote it: no saved searches, no search index. */
async function asFormat1(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = unzipSync(bytes);
  delete entries[dataPath('savedSearches')];
  delete entries[dataPath('searchShards')];
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  delete entries['manifest.json'];
  manifest.formatVersion = 1;
  delete manifest.counts.savedSearches;
  delete manifest.counts.searchShards;
  manifest.entries = {};
  for (const [name, data] of Object.entries(entries)) manifest.entries[name] = await sha256Hex(data);
  return zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

describe('search index and saved searches in the archive', () => {
  it('round-trips shards and saved searches, and the opened index needs no rebuilding', async () => {
    const source = await indexedSample();
    const target = freshDb();
    const opened = await openArchive(await exportArchive(source, { appVersion: 'test' }), target);
    expect(opened.ok).toBe(true);
    const shards = await source.searchShards.toArray();
    expect(shards.length).toBeGreaterThan(0);
    expect(await target.searchShards.toArray()).toEqual(shards);
    expect((await listSavedSearches(target)).map((s) => s.query)).toEqual(['housing city:Vienna', '"cultural mediator*"']);
    const { index, report } = await SearchIndex.open(target);
    expect(report).toEqual({ loaded: shards.length, built: 0, removed: 0 });
    expect(index.documents.size).toBe(await target.documents.count());
  });

  it('rebuilds shards of a format this version does not know', async () => {
    const contents = await contentsOf(await indexedSample());
    const target = freshDb();
    const loaded = await loadArchiveInto(target, { ...contents, searchShards: contents.searchShards.map((s) => ({ ...s, format: 999, index: 'from the future' })) });
    expect(loaded.ok).toBe(true);
    const { report } = await SearchIndex.open(target);
    expect(report.loaded).toBe(0);
    expect(report.built).toBe(contents.documents.length);
    expect((await target.searchShards.toArray()).every((s) => s.format === SHARD_FORMAT)).toBe(true);
  });

  it('re-indexes documents whose shard entry does not match them, and drops documents the archive lacks', async () => {
    const contents = await contentsOf(await indexedSample());
    const [renamed, dropped, ...rest] = contents.documents;
    const documents = [{ ...renamed!, title: `${renamed!.title} (revised)` }, ...rest];
    const target = freshDb();
    const loaded = await loadArchiveInto(target, {
      ...contents,
      documents,
      texts: contents.texts.filter((t) => t.id !== dropped!.id),
      segments: contents.segments.filter((s) => s.documentId !== dropped!.id),
      memos: [],
      chapters: [],
      changes: [],
    });
    expect(loaded.ok, loaded.ok ? '' : loaded.error.message).toBe(true);
    const { index, report } = await SearchIndex.open(target);
    expect(report).toMatchObject({ built: 1, removed: 1 });
    expect(index.documents.get(renamed!.id)?.title).toBe(`${renamed!.title} (revised)`);
    expect(index.documents.has(dropped!.id)).toBe(false);
  });

  it('opens a format-1 archive: no saved searches, and the index is built on first open', async () => {
    const source = await indexedSample();
    const v1 = await asFormat1(await exportArchive(source, { appVersion: 'old' }));
    const target = freshDb();
    const opened = await openArchive(v1, target);
    expect(opened.ok, opened.ok ? '' : opened.error.message).toBe(true);
    expect(await target.savedSearches.count()).toBe(0);
    expect(await target.searchShards.count()).toBe(0);
    expect(await target.documents.toArray()).toEqual(await source.documents.toArray());
    const { report } = await SearchIndex.open(target);
    expect(report.built).toBe(await source.documents.count());
  });

  it('still refuses a format-2 archive that lacks its search index file', async () => {
    const entries = unzipSync(await exportArchive(await indexedSample(), { appVersion: 'test' }));
    delete entries[dataPath('searchShards')];
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    delete manifest.entries[dataPath('searchShards')];
    const read = await readArchive(zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }), {}, 'team.comparanda');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toBe('team.comparanda is damaged or incomplete: "data/searchShards.json" is missing.');
  });
});
