// Hostile or damaged archives are refused with a clear message, and the target repository stays empty.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT_VERSION, dataPath, exportArchive, loadArchiveInto, openArchive, readArchive } from '../../../shared/archive';
import { sha256Hex } from '../../../shared/hash';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb } from '../../helpers';
import { isEmpty } from './archive-fixtures';

let valid: Uint8Array;
let entries: Record<string, Uint8Array>;

beforeAll(async () => {
  const db = freshDb();
  await loadSampleProject(db, { clock: fixedClock });
  valid = await exportArchive(db, { appVersion: 'test', clock: fixedClock });
  entries = unzipSync(valid);
});

const json = (value: unknown) => strToU8(JSON.stringify(value));
const read = (name: string) => JSON.parse(new TextDecoder().decode(entries[name]));

/** Rebuilds the archive with some entries replaced, and a manifest whose checksums match them. */
async function craft(changes: Record<string, Uint8Array | null>, manifestEdit: (m: Record<string, unknown>) => void = () => {}): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries({ ...entries, ...changes })) if (bytes && name !== 'manifest.json') files[name] = bytes;
  const manifest = read('manifest.json');
  manifest.entries = {};
  for (const [name, bytes] of Object.entries(files)) manifest.entries[name] = await sha256Hex(bytes);
  manifestEdit(manifest);
  return zipSync({ ...files, 'manifest.json': json(manifest) });
}

/** Sets a zip entry's declared uncompressed size in both its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameAt = (at: number, length: number) => new TextDecoder().decode(out.subarray(at, at + length));
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && nameAt(i + 30, view.getUint16(i + 26, true)) === name) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

async function expectRefused(bytes: Uint8Array, code: string, message: RegExp, limits = {}): Promise<void> {
  const db = freshDb();
  const result = await openArchive(bytes, db, limits, 'survey.comparanda');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.message).not.toMatch(/\n\s+at /);
  expect(await isEmpty(db)).toBe(true);
}

describe('archive refusals', () => {
  it('refuses a text file that is not a zip', async () => {
    await expectRefused(strToU8('Interview transcript, not an archive.\n'), 'not-an-archive', /^survey\.comparanda is not a Comparanda archive \(it is not a zip file\)\.$/);
  });

  it('refuses an empty file', async () => {
    await expectRefused(new Uint8Array(0), 'not-an-archive', /is not a Comparanda archive/);
  });

  it.each([0.3, 0.6, 0.95])('refuses an archive truncated to %s of its bytes', async (fraction) => {
    await expectRefused(valid.subarray(0, Math.floor(valid.length * fraction)), 'damaged', /survey\.comparanda is damaged or incomplete/);
  });

  it('refuses a zip without a manifest', async () => {
    await expectRefused(zipSync({ 'notes.txt': strToU8('hello') }), 'invalid-manifest', /is not a Comparanda archive \(it has no manifest\.json\)/);
  });

  it('refuses a manifest that is not JSON', async () => {
    await expectRefused(zipSync({ 'manifest.json': strToU8('{format: comparanda') }), 'invalid-manifest', /manifest\.json is not valid JSON/);
  });

  it('refuses a manifest of another format', async () => {
    await expectRefused(await craft({}, (m) => (m.format = 'other-tool')), 'invalid-manifest', /does not name the comparanda format/);
  });

  it('refuses a manifest with missing fields', async () => {
    await expectRefused(await craft({}, (m) => delete m.counts), 'invalid-manifest', /invalid manifest\.json .*counts/);
  });

  it('asks to update Comparanda for a newer format version', async () => {
    await expectRefused(await craft({}, (m) => (m.formatVersion = ARCHIVE_FORMAT_VERSION + 1)), 'newer-format', new RegExp(`archive format ${ARCHIVE_FORMAT_VERSION + 1}; this version reads formats up to ${ARCHIVE_FORMAT_VERSION}\\)\\. Update Comparanda to open it\\.`));
  });

  it.each([
    ['../evil.txt', /climbs out/],
    ['data/../../evil.txt', /climbs out/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.dll', /drive letter/],
    ['C:evil.txt', /drive letter/],
    ['originals\\..\\evil.txt', /backslash/],
    ['data//cities.json', /empty or "\." path segment/],
  ])('refuses the entry name %s (zip-slip)', async (name, reason) => {
    const bytes = zipSync({ ...entries, [name]: strToU8('payload') });
    await expectRefused(bytes, 'unsafe-entry', new RegExp(`unsafe name .*${reason.source}`));
  });

  it('refuses an entry whose declared size is over the limit, before inflating it', async () => {
    const bomb = new Uint8Array(8 * 1024 * 1024); // 8 MiB of zeros deflates to a few KB
    const bytes = await craft({ 'originals/x/bomb.bin': bomb });
    expect(bytes.length).toBeLessThan(100_000);
    await expectRefused(bytes, 'too-large', /"originals\/x\/bomb\.bin" would unpack to 8\.0 MB, over the limit of 1\.0 MB/, { maxEntryBytes: 1024 * 1024 });
  });

  it('refuses an archive whose entries together exceed the total limit', async () => {
    await expectRefused(valid, 'too-large', /would unpack to more than/, { maxTotalBytes: 10_000 });
  });

  it('refuses an archive with more entries than allowed', async () => {
    await expectRefused(valid, 'too-large', /more than the limit of 3/, { maxEntries: 3 });
  });

  it('stops inflating an entry that unpacks to more than its directory declares (zip bomb)', async () => {
    const bomb = new Uint8Array(8 * 1024 * 1024);
    const lying = declareSize(await craft({ 'originals/x/bomb.bin': bomb }), 'originals/x/bomb.bin', 1000);
    await expectRefused(lying, 'too-large', /"originals\/x\/bomb\.bin" unpacks to more than it declares/, { maxEntryBytes: 1024 * 1024 });
  });

  it('refuses a data file whose checksum does not match the manifest', async () => {
    const cities = read(dataPath('cities'));
    cities[0].name = 'Wien (tampered)';
    const tampered = zipSync({ ...entries, [dataPath('cities')]: json(cities) });
    await expectRefused(tampered, 'checksum-mismatch', /"data\/cities\.json" does not match its checksum/);
  });

  it('refuses an entry the manifest does not list', async () => {
    const bytes = zipSync({ ...entries, 'data/extra.json': json([]) });
    await expectRefused(bytes, 'damaged', /contains "data\/extra\.json", which its manifest does not list/);
  });

  it('refuses a manifest that lists a missing entry', async () => {
    await expectRefused(await craft({ [dataPath('memos')]: null }, (m) => ((m.entries as Record<string, string>)['data/memos.json'] = 'a'.repeat(64))), 'damaged', /"data\/memos\.json" is missing/);
  });

  it('refuses a row that breaks the model schema, naming the file and row', async () => {
    const cities = read(dataPath('cities'));
    cities[1].country = 'Germany';
    await expectRefused(await craft({ [dataPath('cities')]: json(cities) }), 'invalid-data', /invalid city \(data\/cities\.json, row 2\): country must be an ISO 3166-1 alpha-2 code/);
  });

  it('refuses row counts that differ from the manifest', async () => {
    const themes = read(dataPath('themes')).slice(1);
    await expectRefused(await craft({ [dataPath('themes')]: json(themes) }), 'damaged', /data\/themes\.json holds 10 rows, not the 11/);
  });

  it('refuses a coded passage that lies outside its document', async () => {
    const segments = read(dataPath('segments'));
    segments[0].end = 10_000_000;
    await expectRefused(await craft({ [dataPath('segments')]: json(segments) }), 'invalid-data', /coded passage that ends past the end of its document/);
  });

  it('refuses a change-log row that breaks the model schema', async () => {
    const changes = read(dataPath('changes'));
    changes[0].patches = [{ table: 'themes', key: 'x', before: null, after: { id: 'x', name: '' } }];
    await expectRefused(await craft({ [dataPath('changes')]: json(changes) }), 'invalid-data', /invalid change-log entry/);
  });

  it('writes nothing when storing fails half-way (a unique index is violated)', async () => {
    const definitions = read(dataPath('attributeDefinitions'));
    definitions.push({ ...definitions[0], id: 'duplicate-name' });
    const bytes = await craft({ [dataPath('attributeDefinitions')]: json(definitions) }, (m) => ((m.counts as Record<string, number>).attributeDefinitions = definitions.length));
    await expectRefused(bytes, 'load-failed', /could not be stored in the repository .*nothing was written/);
  });

  it('refuses to load into a repository that already holds data', async () => {
    const db = freshDb();
    await loadSampleProject(db, { clock: fixedClock });
    const before = await db.documents.count();
    const contents = await readArchive(valid);
    if (!contents.ok) throw new Error(contents.error.message);
    const loaded = await loadArchiveInto(db, contents.value);
    expect(loaded.ok || loaded.error.code).toBe('not-empty');
    expect(await db.documents.count()).toBe(before);
  });
});
