// Selection export: the documents of chosen cities and/or themes, with what they refer to and nothing else.
import { describe, expect, it } from 'vitest';
import { exportArchive, readArchive, themePaths, type ArchiveContents, type ArchiveSelection } from '../../../shared/archive';
import type { RepositoryDb } from '../../../shared/db';
import { SearchIndex } from '../../../shared/search/search-index';
import { fixedClock } from '../../helpers';
import { populatedRepository } from './archive-fixtures';

async function exported(db: RepositoryDb, selection: ArchiveSelection): Promise<ArchiveContents> {
  const read = await readArchive(await exportArchive(db, { appVersion: 'test', clock: fixedClock, selection }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

async function ids(db: RepositoryDb) {
  const cities = await db.cities.toArray();
  const themes = await db.themes.toArray();
  return { city: (name: string) => cities.find((c) => c.name === name)!.id, theme: (name: string) => themes.find((t) => t.name === name)!.id };
}

describe('selection export', () => {
  it('holds exactly the documents tagged with, or coded for, a chosen city', async () => {
    const db = await populatedRepository();
    const { city } = await ids(db);
    const vienna = city('Vienna');
    const segments = await db.segments.toArray();
    const expected = (await db.documents.toArray())
      .filter((d) => d.cityIds.includes(vienna) || segments.some((s) => s.documentId === d.id && s.cityId === vienna))
      .map((d) => d.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(await db.documents.count());
    const contents = await exported(db, { cityIds: [vienna] });
    expect(contents.documents.map((d) => d.id).sort()).toEqual(expected);
    expect(contents.texts.map((t) => t.id).sort()).toEqual(expected);
    expect(contents.segments.every((s) => expected.includes(s.documentId))).toBe(true);
    expect(contents.segments).toHaveLength(segments.filter((s) => expected.includes(s.documentId)).length);
    expect(contents.manifest.selection).toEqual({ cities: ['Vienna'], themes: [], chapters: false });
    expect(contents.changes).toEqual([]);
    expect(contents.chapters).toEqual([]);
  });

  it('takes a theme with its sub-themes, and brings every referenced theme with its ancestors', async () => {
    const db = await populatedRepository();
    const { theme } = await ids(db);
    const services = theme('Access to services');
    const mediators = theme('Cultural mediators');
    const segments = await db.segments.toArray();
    const documents = await db.documents.toArray();
    const expected = documents
      .filter((d) => [services, mediators].some((t) => d.themeIds.includes(t) || segments.some((s) => s.documentId === d.id && s.themeIds.includes(t))))
      .map((d) => d.id)
      .sort();
    const contents = await exported(db, { themeIds: [services] });
    expect(contents.documents.map((d) => d.id).sort()).toEqual(expected);
    const paths = themePaths(contents.themes);
    // Every theme a kept passage uses is there, and so is its parent chain.
    for (const segment of contents.segments) for (const id of segment.themeIds) expect(paths.get(id)).toBeDefined();
    for (const t of contents.themes) if (t.parentId) expect(contents.themes.some((p) => p.id === t.parentId)).toBe(true);
    expect(contents.manifest.selection?.themes).toEqual(['Cross-cutting/Access to services']);
  });

  it('with cities and themes, holds the documents matching both', async () => {
    const db = await populatedRepository();
    const { city, theme } = await ids(db);
    const byCity = (await exported(db, { cityIds: [city('Vienna')] })).documents.map((d) => d.id);
    const byTheme = (await exported(db, { themeIds: [theme('Housing')] })).documents.map((d) => d.id);
    const both = (await exported(db, { cityIds: [city('Vienna')], themeIds: [theme('Housing')] })).documents.map((d) => d.id);
    expect(both.sort()).toEqual(byCity.filter((id) => byTheme.includes(id)).sort());
  });

  it('keeps memos of included things only, and chapters only when asked (quotes outside dropped)', async () => {
    const db = await populatedRepository();
    const { city } = await ids(db);
    const contents = await exported(db, { cityIds: [city('Burgas')], chapters: true });
    const kept = new Set([...contents.documents, ...contents.themes, ...contents.cities, ...contents.segments].map((r) => r.id));
    for (const memo of contents.memos) {
      expect(memo.targetType).not.toBe('repository');
      for (const id of memo.targetId.split('|')) expect(kept.has(id), `${memo.targetType} memo "${memo.title}"`).toBe(true);
    }
    expect(contents.chapters.length).toBe(await db.chapters.count());
    for (const chapter of contents.chapters) for (const b of chapter.blocks) if (b.type === 'quote') expect(kept.has(b.segmentId)).toBe(true);
    expect(contents.manifest.selection?.chapters).toBe(true);
  });

  it('leaves the search index behind (it would carry other documents’ words); a whole export keeps it', async () => {
    const db = await populatedRepository();
    await SearchIndex.open(db);
    const { city } = await ids(db);
    expect((await exported(db, { cityIds: [city('Vienna')] })).searchShards).toEqual([]);
    expect((await exported(db, {})).documents).toHaveLength(await db.documents.count());
    const whole = await readArchive(await exportArchive(db, { appVersion: 'test' }));
    expect(whole.ok && whole.value.searchShards.length).toBeGreaterThan(0);
    expect(whole.ok && whole.value.manifest.selection).toBeUndefined();
  });
});
