// Zip-slip and zip-bomb packages: .comparanda archives and .docx/.odt (zips too) are refused with a clear message, in bounded time, writing nothing.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportArchive, openArchive } from '../../../shared/archive';
import { countRepository, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { extractText } from '../../../shared/import';
import { importFiles } from '../../../shared/import/pipeline';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, testContext } from '../../helpers';
import { declareSize, docx, documentXml, elapsed, odt, odtContent, paragraph, relationships } from './hostile-files';

/** A generous bound that only a hang or a full inflation of the bomb would exceed. */
const BOUND_MS = 15_000;

let db: RepositoryDb | undefined;
afterEach(() => db?.close());

/** Zeros compress about a thousandfold: this many bytes of XML fit in a package of a few KB. */
const bigXml = (bytes: number) => documentXml(paragraph('Wien') + `<w:p><w:r><w:t>${' '.repeat(bytes)}</w:t></w:r></w:p>`);

async function extract(name: string, bytes: Uint8Array, maxUncompressedBytes = 1_000_000) {
  return elapsed(() => extractText({ name, path: name, bytes }, { limits: { maxUncompressedBytes } }));
}

describe('Word and ODT packages', () => {
  it('a docx that declares more than the limit is refused before anything is inflated', async () => {
    const bomb = docx({ 'word/document.xml': bigXml(8_000_000) });
    expect(bomb.length).toBeLessThan(100_000);
    const { value: result, ms } = await extract('bomb.docx', bomb);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(/^bomb\.docx unpacks to 7\.6 MB, more than the 977 KB allowed: refused as a possible zip bomb$/);
  });

  it.each([
    ['docx', 'word/document.xml', () => docx({ 'word/document.xml': bigXml(30_000_000) })],
    ['odt', 'content.xml', () => odt(odtContent(`<text:p>Wien</text:p><text:p>${' '.repeat(30_000_000)}</text:p>`))],
  ])('a .%s whose zip directory lies about a part’s size is refused without inflating it whole', async (extension, part, build) => {
    const lying = declareSize(build(), part, 1000);
    const { value: result, ms } = await extract(`lying.${extension}`, lying, 512 * 1024 * 1024);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toBe(`lying.${extension} was refused as a possible zip bomb: its part "${part}" unpacks to more than the package declares`);
  });

  it('a refused bomb in a batch stores nothing and the other files still import', async () => {
    db = freshDb();
    const lying = declareSize(docx({ 'word/document.xml': bigXml(5_000_000) }), 'word/document.xml', 500);
    const report = await importFiles(
      db,
      testContext,
      [
        { name: 'lying.docx', path: 'lying.docx', bytes: lying },
        { name: 'ok.txt', path: 'ok.txt', bytes: strToU8('Interview in Wien.') },
      ],
      { gazetteer: null },
    );
    expect(report.outcomes.map((o) => [o.file, o.status])).toEqual([
      ['lying.docx', 'failed'],
      ['ok.txt', 'imported'],
    ]);
    expect(await db.documents.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
  });

  it('a main part that climbs out of the package is never looked for outside it', async () => {
    const rels = relationships('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../../etc/passwd"/>');
    const { value: missing } = await extract('slip.docx', docx({ '_rels/.rels': rels }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toBe('slip.docx is damaged and cannot be read: it is a zip file but not a Word document (it has no main document part)');
    // With an entry of that very name in the zip, only the package's own parts are read.
    const { value: inside } = await extract('slip.docx', docx({ '_rels/.rels': rels, '../../../../etc/passwd': documentXml(paragraph('inside the package')) }));
    expect(inside.ok).toBe(true);
    if (inside.ok) expect(inside.value.text).not.toMatch(/root:|nologin/);
  });

  it('a zip-slip entry beside a valid document is ignored (import writes no files, only the text)', async () => {
    const { value: result } = await extract('extra.docx', docx({ '../../evil.sh': 'rm -rf ~', '/abs/evil.xml': '<x/>', 'C:\\evil.xml': '<x/>' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.text).toBe('Interview Wien');
  });
});

describe('.comparanda archives', () => {
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    const source = freshDb();
    await loadSampleProject(source, { clock: fixedClock });
    entries = unzipSync(await exportArchive(source, { appVersion: 'test', clock: fixedClock }));
    source.close();
  });

  /** The sample archive with one more entry, listed in the manifest with its true checksum. */
  async function withEntry(name: string, bytes: Uint8Array): Promise<Uint8Array> {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: Record<string, string> };
    manifest.entries[name] = await sha256Hex(bytes);
    return zipSync({ ...entries, [name]: bytes, 'manifest.json': strToU8(JSON.stringify(manifest)) });
  }

  async function expectRefused(bytes: Uint8Array, code: string, message: RegExp, limits = {}) {
    db = freshDb();
    const { value: result, ms } = await elapsed(() => openArchive(bytes, db!, limits, 'shared.comparanda'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    const counts = await countRepository(db);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  }

  it.each([
    '../../../.bashrc',
    'originals/../../escape.txt',
    '/etc/cron.d/job',
    'C:/Windows/evil.dll',
    'originals\\..\\..\\evil.txt',
    'originals/./x',
    'originals//x',
    'originals/x\u0000.txt',
  ])('the entry name %j is refused before anything is unpacked (zip-slip)', async (name) => {
    await expectRefused(await withEntry(name, strToU8('payload')), 'unsafe-entry', /^shared\.comparanda contains an entry with an unsafe name/);
  });

  it('an entry that declares more than the limit is refused before it is inflated', async () => {
    await expectRefused(await withEntry('originals/x/big.bin', new Uint8Array(4_000_000)), 'too-large', /would unpack to 3\.8 MB, over the limit of 1\.0 MB/, {
      maxEntryBytes: 1024 * 1024,
    });
  });

  it('an entry that lies about its size is stopped while inflating', async () => {
    const lying = declareSize(await withEntry('originals/x/big.bin', new Uint8Array(40_000_000)), 'originals/x/big.bin', 100);
    await expectRefused(lying, 'too-large', /"originals\/x\/big\.bin" unpacks to more than it declares/);
  });

  it('a package of many tiny entries is refused by count', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2_000; i++) many[`originals/x/${i}`] = new Uint8Array(0);
    await expectRefused(zipSync({ ...entries, ...many }), 'too-large', /has \d+ entries, more than the limit of 1000/, { maxEntries: 1_000 });
  });

  it('a docx renamed .comparanda is not an archive', async () => {
    await expectRefused(docx({}), 'invalid-manifest', /^shared\.comparanda is not a Comparanda archive \(it has no manifest\.json\)/);
  });
});
