// An archive written from a repository opens into a fresh repository with identical rows.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT_VERSION, DATA_TABLES, dataPath, exportArchive, openArchive, readArchive } from '../../../shared/archive';
import { redo } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { fixedClock, freshDb } from '../../helpers';
import { allRows, populatedRepository } from './archive-fixtures';

describe('archive round trip', () => {
  it('restores every row of every table', async () => {
    const source = await populatedRepository();
    const bytes = await exportArchive(source, { appVersion: '0.1.0', clock: fixedClock });
    const target = freshDb();
    const opened = await openArchive(bytes, target);
    expect(opened.ok).toBe(true);
    const before = await allRows(source);
    const after = await allRows(target);
    for (const table of DATA_TABLES) expect(after[table], table).toEqual(before[table]);
    expect((await target.sources.toArray())[0]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('keeps the change log working: an undone import can be redone after the round trip', async () => {
    const source = await populatedRepository();
    const target = freshDb();
    await openArchive(await exportArchive(source, { appVersion: '0.1.0' }), target);
    const sourcesBefore = await target.sources.count();
    const redone = await redo(target);
    expect(redone.ok && redone.value?.label).toMatch(/^Imported/);
    expect(await target.sources.count()).toBe(sourcesBefore + 1);
    const restored = (await target.sources.toArray()).find((s) => s.name === 'bug1020226.pdf' || s.name.endsWith('.pdf'))!;
    expect(await sha256Hex(restored.bytes)).toBe(restored.sha256);
  });

  it('writes a manifest with counts and a checksum for every other entry', async () => {
    const source = await populatedRepository();
    const bytes = await exportArchive(source, { appVersion: '9.9.9', clock: fixedClock });
    const entries = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest).toMatchObject({ format: 'comparanda', formatVersion: ARCHIVE_FORMAT_VERSION, appVersion: '9.9.9', createdAt: fixedClock().toISOString() });
    const names = Object.keys(entries).filter((n) => n !== 'manifest.json').sort();
    expect(Object.keys(manifest.entries).sort()).toEqual(names);
    for (const name of names) expect(manifest.entries[name], name).toBe(await sha256Hex(entries[name]!));
    for (const table of DATA_TABLES) expect(manifest.counts[table], table).toBe(await source.table(table).count());
    expect(names.filter((n) => n.startsWith('originals/'))).toHaveLength(await source.sources.count());
    const sources = JSON.parse(new TextDecoder().decode(entries[dataPath('sources')]));
    expect(sources.every((s: Record<string, unknown>) => !('bytes' in s) && typeof s.file === 'string')).toBe(true);
  });

  it('is byte-for-byte reproducible with a fixed clock and ids', async () => {
    const [a, b] = await Promise.all([populatedRepository(), populatedRepository()]);
    const [x, y] = await Promise.all([exportArchive(a, { appVersion: '1', clock: fixedClock }), exportArchive(b, { appVersion: '1', clock: fixedClock })]);
    expect(await sha256Hex(x)).toBe(await sha256Hex(y));
  });

  it('reads its own output without a database', async () => {
    const read = await readArchive(await exportArchive(await populatedRepository(), { appVersion: '1' }));
    expect(read.ok && read.value.manifest.repositoryName).toBe('Sample project: migrant inclusion in four cities');
  });
});
