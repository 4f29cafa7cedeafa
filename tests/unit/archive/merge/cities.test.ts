// Cities are matched by name or alias, case- and accent-insensitive, within the same country; a match learns new aliases.
import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type ArchiveContents } from '../../../../shared/archive';
import type { City } from '../../../../shared/model';
import { contentsOf, mergeContext, sampleRepository } from './merge-fixtures';

function withVienna(contents: ArchiveContents, edit: Partial<City>): ArchiveContents {
  return { ...contents, cities: contents.cities.map((c) => (c.name === 'Vienna' ? { ...c, aliases: [], ...edit } : c)) };
}

describe('merging cities', () => {
  it.each([
    [{ name: 'VIENNA' }, true],
    [{ name: 'Wien' }, true],
    [{ name: 'Viden' }, true],
    [{ name: 'Виена' }, true],
    [{ name: 'Wien', country: '' }, true],
    [{ name: 'Vienna', country: 'FR' }, false],
    [{ name: 'Vienne', country: 'FR' }, false],
    [{ name: 'Graz' }, false],
  ])('%o matches Vienna: %s', async (edit, matches) => {
    const db = await sampleRepository('a');
    const plan = await planMerge(db, withVienna(await contentsOf(await sampleRepository('b')), edit));
    expect(plan.report.counts.cities.added).toBe(matches ? 0 : 1);
  });

  it('gives the matched city the incoming spellings it lacked, without duplicates', async () => {
    const db = await sampleRepository('a');
    const incoming = withVienna(await contentsOf(await sampleRepository('b')), { name: 'Wien', aliases: ['Vienna', 'Bécs', 'BECS'] });
    const applied = await applyMerge(db, mergeContext, await planMerge(db, incoming));
    expect(applied.ok).toBe(true);
    const vienna = (await db.cities.toArray()).find((c) => c.name === 'Vienna')!;
    expect(vienna.aliases.filter((a) => a === 'Bécs' || a === 'BECS')).toEqual(['Bécs']);
    expect(vienna.aliases.filter((a) => a === 'Wien')).toHaveLength(1);
  });
});
