// A backup taken, the repository changed, the backup restored: every table is as it was; a bad backup changes nothing.
import { describe, expect, it } from 'vitest';
import { DATA_TABLES, exportArchive } from '../../../shared/archive';
import { backupIfDue, backupName, restoreBackup, takeBackup, type BackupStore, type StoredBackup } from '../../../shared/backup';
import { codePassage, type RepositoryDb } from '../../../shared/db';
import { checkRepository } from '../../../shared/db/invariants';
import { ok, fail } from '../../../shared/result';
import { loadSampleProject } from '../../../shared/sample';
import { SearchIndex } from '../../../shared/search/search-index';
import { fixedClock, freshDb, sequentialIds, testContext } from '../../helpers';

/** A store in memory: the same contract the Electron folder and the browser's private file system keep. */
function memoryStore(): BackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const entry = (name: string): StoredBackup => ({ name, size: files.get(name)!.byteLength });
  return {
    files,
    describe: async () => ok('memory'),
    list: async () => ok([...files.keys()].map(entry)),
    write: async (name, bytes) => (files.set(name, bytes), ok(entry(name))),
    read: async (name) => (files.has(name) ? ok(files.get(name)!) : fail('not-found', `No backup named ${name}.`)),
    remove: async (name) => (files.delete(name), ok(true as const)),
  };
}

async function sample(): Promise<RepositoryDb> {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  await SearchIndex.open(db);
  return db;
}

async function allRows(db: RepositoryDb): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of DATA_TABLES) rows[table] = await db.table(table).toArray();
  return rows;
}

const options = { appVersion: '0.1.0', settings: { enabled: true, keep: 3, intervalHours: 24 } };

describe('restoring a backup', () => {
  it('brings back every row of every table after changes', async () => {
    const db = await sample();
    const store = memoryStore();
    const taken = await takeBackup(db, store, { ...options, reason: 'manual', clock: fixedClock });
    expect(taken.ok && taken.value.written?.name).toBe(backupName(fixedClock(), 'manual'));
    const before = await allRows(db);

    const [doc] = await db.documents.toArray();
    const [theme] = await db.themes.toArray();
    expect((await codePassage(db, testContext, { documentId: doc!.id, start: 0, end: 5, themeIds: [theme!.id] })).ok).toBe(true);
    await db.cities.clear();
    expect(await allRows(db)).not.toEqual(before);

    const restored = await restoreBackup(db, store.files.get(taken.ok ? taken.value.written!.name : '')!, 'backup.comparanda');
    expect(restored.ok).toBe(true);
    expect(await allRows(db)).toEqual(before);
    expect(await checkRepository(db)).toEqual([]);
  });

  it('leaves the repository untouched when the backup is damaged', async () => {
    const db = await sample();
    const store = memoryStore();
    const taken = await takeBackup(db, store, { ...options, reason: 'manual' });
    const bytes = store.files.get(taken.ok ? taken.value.written!.name : '')!.slice();
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await db.cities.clear();
    const before = await allRows(db);
    const restored = await restoreBackup(db, bytes, 'broken.comparanda');
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.error.message).toMatch(/broken\.comparanda/);
    expect(await allRows(db)).toEqual(before);
  });

  it('keeps the old rows when writing the backup rows fails halfway (the transaction is undone whole)', async () => {
    const db = freshDb();
    let failSegments = false;
    db.use({
      stack: 'dbcore',
      name: 'fail-segments',
      create: (down) => ({
        ...down,
        table: (name) => {
          const inner = down.table(name);
          return { ...inner, mutate: (req) => (failSegments && name === 'segments' && req.type === 'add' ? Promise.reject(new Error('disk full')) : inner.mutate(req)) };
        },
      }),
    });
    await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
    const store = memoryStore();
    const taken = await takeBackup(db, store, { ...options, reason: 'manual' });
    await db.cities.clear();
    const before = await allRows(db);
    failSegments = true;
    const restored = await restoreBackup(db, store.files.get(taken.ok ? taken.value.written!.name : '')!, 'backup.comparanda');
    expect(!restored.ok && restored.error.message).toMatch(/could not be restored .*unchanged/);
    expect(await allRows(db)).toEqual(before);
  });
});

describe('taking backups', () => {
  it('keeps only the newest N and takes a daily one only when due', async () => {
    const db = await sample();
    const store = memoryStore();
    let now = new Date('2026-11-01T09:00:00Z');
    const clock = () => now;
    for (let day = 0; day < 5; day += 1) {
      now = new Date(Date.UTC(2026, 10, 1 + day, 9));
      const report = await backupIfDue(db, store, { ...options, clock });
      expect(report.ok && report.value?.written).toBeTruthy();
      now = new Date(Date.UTC(2026, 10, 1 + day, 20));
      const again = await backupIfDue(db, store, { ...options, clock });
      expect(again).toEqual({ ok: true, value: null });
    }
    expect([...store.files.keys()].sort()).toEqual([3, 4, 5].map((d) => backupName(new Date(Date.UTC(2026, 10, d, 9)), 'daily')));
  });

  it('stores the archive an outside writer hands over (the app writes it in a worker)', async () => {
    const db = await sample();
    const store = memoryStore();
    const elsewhere = await exportArchive(db, { appVersion: 'worker' });
    const taken = await takeBackup(db, store, { ...options, reason: 'manual', archive: async () => elsewhere });
    expect(taken.ok && store.files.get(taken.value.written!.name)).toBe(elsewhere);
  });

  it('does not back up an empty repository', async () => {
    const store = memoryStore();
    expect(await takeBackup(freshDb(), store, { ...options, reason: 'quit' })).toEqual({ ok: true, value: { written: null, pruned: [] } });
    expect(store.files.size).toBe(0);
  });
});
