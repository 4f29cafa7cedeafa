// Export → import into an empty repository gives the same documents, codebook, cities, passages, attributes and memos.
import { describe, expect, it } from 'vitest';
import { flattenCodebook, codebookTree } from '../../../shared/coding';
import { countRepository, undo, type RepositoryDb } from '../../../shared/db';
import { exportQdpx, importQdpx } from '../../../shared/qdpx';
import { freshDb, sequentialIds, testContext } from '../../helpers';
import { EMOJI_TEXT, sampleWithEmoji } from './qdpx-fixtures';

/** The repository as comparable data, by names and quoted text instead of ids. */
async function snapshot(db: RepositoryDb) {
  const [documents, texts, themes, cities, segments, memos] = await Promise.all([
    db.documents.toArray(), db.texts.toArray(), db.themes.toArray(), db.cities.toArray(), db.segments.toArray(), db.memos.toArray(),
  ]);
  const text = new Map(texts.map((t) => [t.id, t.text]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const pathOf = (id: string): string => {
    const theme = themeById.get(id)!;
    return theme.parentId ? `${pathOf(theme.parentId)} / ${theme.name}` : theme.name;
  };
  const paths = new Map(themes.map((t) => [t.id, pathOf(t.id)]));
  const cityName = new Map(cities.map((c) => [c.id, c.name]));
  const title = new Map(documents.map((d) => [d.id, d.title]));
  const byKey = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)));
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const segmentName = new Map(segments.map((s) => [s.id, `${title.get(s.documentId)}: ${text.get(s.documentId)!.slice(s.start, s.end)}`]));
  const targetName = (type: string, id: string) => {
    if (type === 'theme') return paths.get(id);
    if (type === 'city') return cityName.get(id);
    if (type === 'document') return title.get(id);
    if (type === 'segment') return segmentName.get(id);
    if (type === 'cell') return `${paths.get(id.split('|')[0]!)} × ${cityName.get(id.split('|')[1]!)}`;
    return 'repository';
  };
  return {
    documents: sorted(documents.map((d) => ({
      title: d.title, kind: d.kind, text: text.get(d.id), language: d.language, cities: d.cityIds.map((id) => cityName.get(id)).sort(),
      themes: d.themeIds.map((id) => paths.get(id)).sort(), attributes: byKey(d.attributes),
    }))),
    codebook: flattenCodebook(codebookTree(themes)).map(({ path, entry }) => [path.join(' / '), entry.colour, entry.description]),
    cities: sorted(cities.map((c) => ({ name: c.name, country: c.country, aliases: c.aliases, latitude: c.latitude, longitude: c.longitude, attributes: byKey(c.attributes) }))),
    segments: sorted(segments.map((s) => ({
      document: title.get(s.documentId), quote: text.get(s.documentId)!.slice(s.start, s.end), themes: s.themeIds.map((id) => paths.get(id)).sort(),
      city: s.cityId ? cityName.get(s.cityId) : null, memo: s.memo, coder: s.coder,
    }))),
    memos: sorted(memos.map((m) => ({ target: `${m.targetType}: ${targetName(m.targetType, m.targetId)}`, title: m.title, text: m.text, coder: m.coder }))),
    attributeDefinitions: sorted((await db.attributeDefinitions.toArray()).map((a) => ({ name: a.name, appliesTo: a.appliesTo, type: a.type, choices: a.choices }))),
  };
}

describe('QDPX round trip', () => {
  it('export → import into an empty repository: same documents, codebook, cities, passages (emoji, Cyrillic, Czech) and memos, no losses', async () => {
    const source = await sampleWithEmoji();
    const target = freshDb();
    const report = await importQdpx(await exportQdpx(source), target, { ...testContext, newId: sequentialIds('q') }, { fileName: 'sample.qdpx' });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.losses).toEqual([]);
    const before = await snapshot(source);
    const after = await snapshot(target);
    expect(after.documents).toEqual(before.documents);
    expect(after.codebook).toEqual(before.codebook);
    expect(after.cities).toEqual(before.cities);
    expect(after.segments).toEqual(before.segments);
    expect(after.memos).toEqual(before.memos);
    // Every definition comes back; attributes the sample uses without a definition (participants, report series) gain one.
    expect(after.attributeDefinitions).toEqual(expect.arrayContaining(before.attributeDefinitions));
    expect(after.attributeDefinitions.filter((d) => !before.attributeDefinitions.includes(d)).map((d) => JSON.parse(d).name)).toEqual(['participants', 'report series']);
    expect(after.segments.some((s) => s.includes('Семейството живее в Бургас 𝄞 и плаща наем'))).toBe(true);
    expect(after.documents.some((d) => d.includes(JSON.stringify(EMOJI_TEXT).slice(1, -1)))).toBe(true);
    expect(report.value.coders).toEqual(['Jana Nováková', 'Sample project']);
  });

  it('is one undoable change: undo leaves the repository empty again', async () => {
    const target = freshDb();
    const report = await importQdpx(await exportQdpx(await sampleWithEmoji()), target, testContext);
    expect(report.ok).toBe(true);
    expect((await countRepository(target)).documents).toBe(7);
    expect((await undo(target)).ok).toBe(true);
    expect(await countRepository(target)).toMatchObject({ documents: 0, themes: 0, cities: 0, segments: 0 });
  });

  it('imported again into the same repository: documents are reused by text, passages and memos are not doubled', async () => {
    const bytes = await exportQdpx(await sampleWithEmoji());
    const target = freshDb();
    const first = await importQdpx(bytes, target, testContext);
    const second = await importQdpx(bytes, target, testContext);
    if (!first.ok || !second.ok) throw new Error('import failed');
    expect(second.value.documents).toEqual({ added: 0, reused: first.value.documents.added });
    expect(second.value.segments).toEqual({ added: 0, alreadyPresent: first.value.segments.added });
    expect(second.value.themes.added).toBe(0);
    expect(second.value.memos.added).toBe(0);
    expect(second.value.losses).toEqual([]);
    expect(await countRepository(target)).toMatchObject({ documents: 7, segments: first.value.segments.added });
  });
});
