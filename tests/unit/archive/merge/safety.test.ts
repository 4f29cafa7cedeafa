// A merge either completes or leaves the repository exactly as it was: hostile archives are refused, a failure mid-way writes nothing.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT_VERSION, applyMerge, exportArchive, mergeArchive, planMerge } from '../../../../shared/archive';
import { sha256Hex } from '../../../../shared/hash';
import { fixedClock } from '../../../helpers';
import { contentsOf, mergeContext, sampleRepository, snapshot } from './merge-fixtures';

let entries: Record<string, Uint8Array>;
let valid: Uint8Array;

beforeAll(async () => {
  valid = await exportArchive(await sampleRepository('b'), { appVersion: 'test', clock: fixedClock });
  entries = unzipSync(valid);
});

/** The archive with entries added or replaced, and (unless `stale`) a manifest whose checksums match. */
async function craft(changes: Record<string, Uint8Array>, edit: (manifest: Record<string, unknown>) => void = () => {}, stale = false): Promise<Uint8Array> {
  const files = { ...entries, ...changes };
  delete files['manifest.json'];
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  if (!stale) {
    manifest.entries = {};
    for (const [name, bytes] of Object.entries(files)) manifest.entries[name] = await sha256Hex(bytes);
  }
  edit(manifest);
  return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

const documents = () => new TextDecoder().decode(entries['data/documents.json']);

describe('merge safety', () => {
  it.each([
    ['zip-slip', () => craft({ '../outside.txt': strToU8('escape') }), 'unsafe-entry', /climbs out of the archive/],
    ['zip bomb', () => craft({ 'originals/x/zeros.txt': new Uint8Array(8 * 1024 * 1024) }), 'too-large', /team\.comparanda/],
    ['truncated', async () => valid.slice(0, Math.floor(valid.length / 2)), 'damaged', /team\.comparanda is damaged/],
    ['tampered checksum', () => craft({ 'data/documents.json': strToU8(documents().replace('Interview', 'Interviw')) }, () => {}, true), 'checksum-mismatch', /does not match its checksum/],
    ['future version', () => craft({}, (m) => (m.formatVersion = ARCHIVE_FORMAT_VERSION + 1)), 'newer-format', /Update Comparanda/],
  ])('refuses a %s archive and changes nothing', async (_what, make, code, message) => {
    const db = await sampleRepository('a');
    const before = await snapshot(db);
    const result = await mergeArchive(db, mergeContext, await make(), { fileName: 'team.comparanda', limits: { maxEntryBytes: 4 * 1024 * 1024 } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a write fails half-way through the merge', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    await db.themes.clear(); // so the merge writes themes first, then fails on a passage
    await db.documents.clear();
    await db.texts.clear();
    await db.segments.clear();
    const before = await snapshot(db);
    const broken = { ...incoming, segments: incoming.segments.map((s, i) => (i === incoming.segments.length - 1 ? { ...s, id: {} as unknown as string } : s)) };
    const result = await applyMerge(db, mergeContext, await planMerge(db, broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The archive could not be merged \(.*\); the repository is unchanged\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a dry run reports without writing', async () => {
    const db = await sampleRepository('a');
    await db.cities.clear();
    const before = await snapshot(db);
    const result = await mergeArchive(db, mergeContext, valid, { dryRun: true });
    expect(result.ok && result.value.counts.cities.added).toBe(5);
    expect(await snapshot(db)).toEqual(before);
  });
});
