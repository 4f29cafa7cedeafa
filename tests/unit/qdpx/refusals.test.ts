// Untrusted .qdpx files: each bad file is a clear error naming the entry or line, and the repository stays unchanged.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countRepository } from '../../../shared/db';
import { importQdpx, type QdpxImportOptions } from '../../../shared/qdpx';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, sequentialIds, testContext } from '../../helpers';
import { craftedPackage, craftedQde } from './crafted-project';

/** Rewrites the uncompressed size an entry declares, in its local header and the central directory. */
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

async function expectRefused(bytes: Uint8Array, code: string, message: RegExp, options: QdpxImportOptions = {}): Promise<void> {
  const db = freshDb();
  expect((await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') })).ok).toBe(true);
  const before = await countRepository(db);
  const changes = await db.changes.count();
  const result = await importQdpx(bytes, db, testContext, { fileName: 'study.qdpx', ...options });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.message).not.toMatch(/\n\s+at /);
  expect(await countRepository(db)).toEqual(before);
  expect(await db.changes.count()).toBe(changes);
}

const withQde = (qde: string) => zipSync({ 'project.qde': strToU8(qde) });

describe('importQdpx refusals', () => {
  it.each([
    ['a text file', strToU8('Interview transcript, not a project.'), 'not-a-project', /^study\.qdpx is not a REFI-QDA project: a \.qdpx is a zip package/],
    ['a zip without project.qde', zipSync({ 'notes.txt': strToU8('hello') }), 'not-a-project', /^study\.qdpx holds no project\.qde/],
    ['a truncated zip', craftedPackage().slice(0, 400), 'damaged', /^study\.qdpx is damaged or incomplete/],
  ])('refuses %s', async (_, bytes, code, message) => {
    await expectRefused(bytes, code, message);
  });

  it.each([['../evil.txt'], ['sources/../../evil.txt'], ['/etc/passwd']])('refuses the entry name %s (zip-slip)', async (name) => {
    await expectRefused(zipSync({ 'project.qde': strToU8(craftedQde()), [name]: strToU8('x') }), 'unsafe-entry', /contains an entry with an unsafe name/);
  });

  it('refuses an entry larger than the limit before inflating it (zip bomb)', async () => {
    const bytes = craftedPackage({ extraEntries: { 'sources/bomb.txt': new Uint8Array(8 * 1024 * 1024) } });
    await expectRefused(bytes, 'too-large', /"sources\/bomb\.txt" would unpack to 8\.0 MB, over the limit of 1\.0 MB/, { packageLimits: { maxEntryBytes: 1024 * 1024 } });
  });

  it('stops inflating an entry that unpacks to more than its directory declares', async () => {
    const lying = declareSize(craftedPackage({ extraEntries: { 'sources/bomb.txt': new Uint8Array(8 * 1024 * 1024) } }), 'sources/bomb.txt', 1000);
    await expectRefused(lying, 'too-large', /"sources\/bomb\.txt" unpacks to more than it declares/, { packageLimits: { maxEntryBytes: 1024 * 1024 } });
  });

  it('names the line of malformed XML', async () => {
    const broken = craftedQde().replace('<Code guid="A0000000-0000-4000-8000-000000000003" name="Work" isCodable="true" color="#FF0000"/>', '<Code name="Work"');
    const line = broken.split('\n').findIndex((l) => l.includes('<Code name="Work"')) + 1;
    await expectRefused(withQde(broken), 'malformed-xml', new RegExp(`^study\\.qdpx: project\\.qde, line (${line}|${line + 1}): the XML is malformed`));
  });

  it('refuses a document type declaration (no DTDs, no external entities)', async () => {
    const xxe = craftedQde().replace('<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>');
    await expectRefused(withQde(xxe), 'malformed-xml', /^study\.qdpx: project\.qde, line 2: the project declares a document type or entities/);
  });

  it('refuses a root that is not a REFI-QDA Project, naming it', async () => {
    await expectRefused(withQde('<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'), 'not-a-project', /line 2: the root element is <CodeBook> in "urn:QDA-XML:codebook:1\.0", not a REFI-QDA <Project>/);
    await expectRefused(withQde('<Project xmlns="urn:example" name="x"/>'), 'not-a-project', /not a REFI-QDA <Project>/);
  });

  it('refuses a selection position that is not a number, naming the line', async () => {
    const bad = craftedQde().replace('startPosition="12"', 'startPosition="twelve"');
    const line = bad.split('\n').findIndex((l) => l.includes('twelve')) + 1;
    await expectRefused(withQde(bad), 'invalid-project', new RegExp(`line ${line}: <PlainTextSelection> has startPosition="twelve", which is not a position`));
  });
});
