// The persisted index travels in a .comparanda archive: opened elsewhere it is used as stored, not built again.
import { describe, expect, it } from 'vitest';
import { exportArchive, openArchive } from '../../../shared/archive';
import { SearchIndex } from '../../../shared/search';
import { freshDb } from '../../helpers';
import { hitIds, sampleSearch } from './fixture';

describe('the search index in an archive', () => {
  it('is opened from the archive without indexing any document again, and answers the same', async () => {
    const source = await sampleSearch();
    const target = freshDb();
    const opened = await openArchive(await exportArchive(source.db, { appVersion: '0.1.0' }), target);
    expect(opened.ok).toBe(true);
    const { index, report } = await SearchIndex.open(target);
    expect(report).toMatchObject({ built: 0, removed: 0 });
    expect(report.loaded).toBe(await source.db.searchShards.count());
    for (const query of ['housing', '"Anerkennung von Abschlüssen"', 'integr*', 'families city:Wien']) {
      const there = await source.search(query, 1000, { index, catalog: source.catalog });
      expect(hitIds(there)).toEqual(hitIds(await source.search(query)));
      expect(there.totalHits).toBeGreaterThan(0);
    }
  });
});
