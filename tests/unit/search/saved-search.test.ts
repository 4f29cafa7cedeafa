// Saved searches: stored by name, listed in order, refused when the query does not parse.
import { describe, expect, it } from 'vitest';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../../../shared/search';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

describe('saved searches', () => {
  it('saves, lists by name and deletes', async () => {
    const db = freshDb();
    const options = { clock: fixedClock, newId: sequentialIds('saved') };
    expect(await saveSearch(db, { name: 'Wohnen in Wien', query: 'Wohnung city:Wien' }, options)).toMatchObject({ ok: true });
    await saveSearch(db, { name: '  Burgas housing ', query: '"social housing" city:Бургас' }, options);
    const list = await listSavedSearches(db);
    expect(list.map((s) => [s.name, s.query])).toEqual([
      ['Burgas housing', '"social housing" city:Бургас'],
      ['Wohnen in Wien', 'Wohnung city:Wien'],
    ]);
    expect(list[0]!.createdAt).toBe('2026-01-15T10:00:00.000Z');
    await deleteSavedSearch(db, list[0]!.id);
    expect((await listSavedSearches(db)).map((s) => s.name)).toEqual(['Wohnen in Wien']);
  });

  it.each([
    [{ name: '', query: 'housing' }, 'A saved search needs a name.'],
    [{ name: 'Broken', query: '"housing' }, '"\\"housing" cannot be saved: This quote is never closed: add a closing ".'],
  ])('refuses %j', async (input, message) => {
    const db = freshDb();
    const saved = await saveSearch(db, input);
    expect(saved).toEqual({ ok: false, error: { code: 'invalid', message: message.replace('\\"', '"') } });
    expect(await db.savedSearches.count()).toBe(0);
  });
});
