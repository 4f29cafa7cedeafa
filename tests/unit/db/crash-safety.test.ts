// Import, archive open, merge and bulk tagging interrupted midway (a write fails as when the process dies, or the database closes as when the window does)
// leaves a consistent repository: checkRepository finds nothing, no half-written document exists, the index catches up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportArchive, mergeArchive, openArchive } from '../../../shared/archive';
import { tagDocuments } from '../../../shared/coding/tagging';
import { RepositoryDb } from '../../../shared/db';
import { checkRepository } from '../../../shared/db/invariants';
import { importFiles } from '../../../shared/import/pipeline';
import type { FileToImport } from '../../../shared/import/types';
import { loadSampleProject } from '../../../shared/sample';
import { SearchIndex } from '../../../shared/search/search-index';
import { fixedClock, freshDb, sequentialIds, testContext } from '../../helpers';

const INTERVIEWS = '/work/shared/corpus/interviews/eth-hci-needfinding-md';

/** Real interview transcripts when the corpus is present, generated ones otherwise. */
function interviewFiles(): FileToImport[] {
  if (existsSync(INTERVIEWS)) {
    return readdirSync(INTERVIEWS)
      .sort()
      .map((name) => ({ name, path: name, bytes: new Uint8Array(readFileSync(`${INTERVIEWS}/${name}`)) }));
  }
  return Array.from({ length: 8 }, (_, i) => {
    const name = `interview-${i + 1}.txt`;
    return { name, path: name, bytes: new TextEncoder().encode(`Interviewer: How did you find housing?\nResident ${i + 1}: Through the Wohnberatung in Wien, after ${i + 2} months.\n`) };
  });
}

/**
 * A power cut: once armed, from the `nth` write to `table` on, every write fails inside its transaction, which then
 * aborts, as IndexedDB does when the process dies before a transaction commits. Registered before the database opens.
 */
function powerCut(db: RepositoryDb): { arm: (table: string, nth: number) => void; cut: () => boolean } {
  let armed: { table: string; nth: number } | null = null;
  let writes = 0;
  let cut = false;
  db.use({
    stack: 'dbcore',
    name: 'power-cut',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (request: DBCoreMutateRequest) => {
            if (armed && name === armed.table && request.type !== 'delete' && (writes += 1) >= armed.nth) cut = true;
            return cut ? Promise.reject(new Error('power cut')) : inner.mutate(request);
          },
        };
      },
    }),
  });
  return {
    arm: (table, nth) => {
      armed = { table, nth };
    },
    cut: () => cut,
  };
}

/** The same database opened again, as the app does after a restart. */
function reopened(db: RepositoryDb): RepositoryDb {
  db.close();
  return new RepositoryDb(db.name, { indexedDB, IDBKeyRange });
}

const importContext = { ...testContext, newId: sequentialIds('doc') };

describe('an import batch interrupted between documents', () => {
  it('keeps the documents stored before the cut, none half-written, and nothing inconsistent', async () => {
    const files = interviewFiles();
    const db = freshDb();
    // Cut while the fourth document is written: its text and original are already put in the same transaction.
    const power = powerCut(db);
    power.arm('documents', 4);
    const report = await importFiles(db, importContext, files, { gazetteer: null });
    expect(power.cut()).toBe(true);
    expect(report.imported).toBe(3);
    const after = reopened(db);
    expect(await after.documents.count()).toBe(3);
    expect(await after.texts.count()).toBe(3);
    expect(await after.sources.count()).toBe(3);
    expect(await after.changes.count()).toBe(3);
    expect(await checkRepository(after, { searchIndex: false })).toEqual([]);
  });

  it('when the window closes mid-batch: the batch stops, what was stored is whole, and a restart finds it consistent', async () => {
    const files = interviewFiles();
    const db = freshDb();
    const report = await importFiles(db, importContext, files, {
      gazetteer: null,
      onProgress: ({ done }) => {
        if (done === 2) db.close();
      },
    });
    expect(report.imported).toBe(2);
    expect(report.failed).toBe(files.length - 2);
    const after = reopened(db);
    expect(await after.documents.count()).toBe(2);
    expect(await checkRepository(after, { searchIndex: false })).toEqual([]);
  });

  it('leaves the search index behind the documents, and opening the index (as the search worker does at startup) catches up', async () => {
    const db = freshDb();
    const power = powerCut(db);
    await importFiles(db, importContext, interviewFiles().slice(0, 2), { gazetteer: null });
    await SearchIndex.open(db);
    power.arm('documents', 2);
    await importFiles(db, importContext, interviewFiles().slice(2), { gazetteer: null });
    const after = reopened(db);
    const stale = await checkRepository(after);
    expect(stale.map((p) => p.code)).toEqual(['index-missing-document']);
    expect(stale.every((p) => p.severity === 'stale')).toBe(true);
    await SearchIndex.open(after);
    expect(await checkRepository(after)).toEqual([]);
  });
});

describe('opening an archive interrupted midway', () => {
  it('writes nothing at all and says so', async () => {
    const source = freshDb();
    await loadSampleProject(source, { clock: fixedClock, newId: sequentialIds('s') });
    const bytes = await exportArchive(source, { appVersion: '0.1.0', clock: fixedClock });
    const db = freshDb();
    const power = powerCut(db);
    power.arm('segments', 1);
    const opened = await openArchive(bytes, db);
    expect(power.cut()).toBe(true);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error.message).toMatch(/nothing was written/);
    const after = reopened(db);
    for (const table of ['documents', 'texts', 'themes', 'cities', 'memos', 'chapters'] as const) expect(await after.table(table).count(), table).toBe(0);
    expect(await checkRepository(after)).toEqual([]);
  });
});

describe('merging an archive interrupted midway', () => {
  it('leaves the repository exactly as it was before the merge', async () => {
    const source = freshDb();
    await loadSampleProject(source, { clock: fixedClock, newId: sequentialIds('s') });
    const bytes = await exportArchive(source, { appVersion: '0.1.0', clock: fixedClock });
    const db = freshDb();
    const power = powerCut(db);
    await importFiles(db, importContext, interviewFiles().slice(0, 3), { gazetteer: null });
    await SearchIndex.open(db);
    const before = await Promise.all(['documents', 'texts', 'themes', 'cities', 'segments', 'memos', 'chapters', 'changes'].map((t) => db.table(t).toArray()));
    power.arm('segments', 5);
    const merged = await mergeArchive(db, testContext, bytes, { fileName: 'sample.comparanda' });
    expect(power.cut()).toBe(true);
    expect(merged.ok).toBe(false);
    const after = reopened(db);
    expect(await Promise.all(['documents', 'texts', 'themes', 'cities', 'segments', 'memos', 'chapters', 'changes'].map((t) => after.table(t).toArray()))).toEqual(before);
    expect(await checkRepository(after)).toEqual([]);
  });
});

describe('bulk tagging interrupted midway', () => {
  it('tags all documents or none, and logs no change when none', async () => {
    const db = freshDb();
    const power = powerCut(db);
    await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
    await SearchIndex.open(db);
    const documents = await db.documents.toArray();
    const city = (await db.cities.toArray()).find((c) => !documents.every((d) => d.cityIds.includes(c.id)))!;
    const changesBefore = await db.changes.count();
    power.arm('documents', 4);
    const tagged = await tagDocuments(db, testContext, documents.map((d) => d.id), { addCityIds: [city.id] });
    expect(power.cut()).toBe(true);
    expect(tagged.ok).toBe(false);
    const after = reopened(db);
    expect(await after.documents.toArray()).toEqual(documents);
    expect(await after.changes.count()).toBe(changesBefore);
    expect(await checkRepository(after)).toEqual([]);
  });
});
