// Cities: edits, merges (every reference follows) and deletes (asks first, never leaves a dangling reference).
import { describe, expect, it } from 'vitest';
import { cityUsage, deleteCity, listMemos, mergeCities, updateCity } from '../../../shared/coding';
import { codedRepository, expectNoOrphans, snapshot, value } from './fixtures';

describe('updateCity', () => {
  it('edits name, country, aliases and coordinates; null removes coordinates', async () => {
    const { db, ctx, ids } = await codedRepository();
    const city = value(await updateCity(db, ctx, ids.graz, { country: 'at', aliases: [' Gradec ', 'Gradec', ''], latitude: 47.07, longitude: 15.44 }));
    expect(city).toMatchObject({ name: 'Graz', country: 'AT', aliases: ['Gradec'], latitude: 47.07, longitude: 15.44 });
    const cleared = value(await updateCity(db, ctx, ids.graz, { latitude: null, longitude: null }));
    expect('latitude' in cleared).toBe(false);
  });

  it.each([
    [{ name: 'wien' }, 'name-taken'],
    [{ country: 'Austria' }, 'invalid-city'],
    [{ latitude: 120 }, 'invalid-city'],
    [{ name: '  ' }, 'invalid-city'],
  ])('refuses %j (%s) and changes nothing', async (edit, code) => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    expect(await updateCity(db, ctx, ids.graz, edit)).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('mergeCities', () => {
  it('moves documents, passages, memos and cell memos; the merged names become aliases', async () => {
    const { db, ctx, ids } = await codedRepository();
    await db.cities.update(ids.graz, { aliases: ['Gradec'], attributes: { population: 290000 } });
    const kept = value(await mergeCities(db, ctx, ids.vienna, ids.graz));
    expect(kept.aliases).toEqual(['Wien', 'Graz', 'Gradec']);
    expect(kept.attributes).toEqual({ population: 290000 });
    expect(await db.cities.get(ids.graz)).toBeUndefined();
    expect((await db.documents.get(ids.doc2))!.cityIds).toEqual([ids.vienna]);
    expect((await db.segments.get(ids.seg3))!.cityId).toBe(ids.vienna);
    const memos = await listMemos(db);
    expect(memos.filter((m) => m.targetType === 'city').map((m) => [m.targetId, m.targetName])).toEqual([[ids.vienna, 'Vienna']]);
    expect(memos.find((m) => m.targetType === 'cell')!.targetId).toBe(`${ids.courses}|${ids.vienna}`);
    await expectNoOrphans(db);
  });

  it('refuses merging a city into itself or a missing city', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await mergeCities(db, ctx, ids.vienna, ids.vienna)).toMatchObject({ ok: false, error: { code: 'same-city' } });
    expect(await mergeCities(db, ctx, ids.vienna, 'gone')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('deleteCity', () => {
  it('refuses a city in use, counting documents and passages, and changes nothing', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await cityUsage(db, ids.graz)).toEqual({ documents: 1, segments: 1 });
    const before = await snapshot(db);
    const refused = await deleteCity(db, ctx, ids.graz);
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-use', message: expect.stringContaining('1 document and 1 coded passage') } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('with force removes every reference and the city memos', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await deleteCity(db, ctx, ids.graz, { force: true }));
    expect((await db.documents.get(ids.doc2))!.cityIds).toEqual([ids.vienna]);
    expect((await db.segments.get(ids.seg3))!.cityId).toBeNull();
    expect((await listMemos(db)).filter((m) => m.targetType === 'city' || m.targetType === 'cell')).toEqual([]);
    await expectNoOrphans(db);
  });

  it('deletes an unused city without asking', async () => {
    const { db, ctx, ids } = await codedRepository();
    await db.documents.update(ids.doc2, { cityIds: [] });
    await db.documents.update(ids.doc, { cityIds: [] });
    await db.segments.update(ids.seg3, { cityId: null });
    value(await deleteCity(db, ctx, ids.vienna));
    expect(await db.cities.count()).toBe(1);
  });
});
