// Hostile REFI-QDA projects: XXE and billion laughs in project.qde, sources pointing outside the package (files, URLs, "..") — nothing is read or fetched.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRepository } from '../../../shared/db';
import { importQdpx } from '../../../shared/qdpx';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';
import { BILLION_LAUGHS, EXTERNAL_ENTITIES, elapsed } from './hostile-files';

const SECRET = 'CONFIDENTIAL-PARTICIPANT-NAME';
const BOUND_MS = 10_000;
const ctx = () => ({ coder: 'Tester', clock: fixedClock, newId: sequentialIds('h') });

let folder: string;
let secretPath: string;
let server: Server;
let webUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'comparanda-qdpx-'));
  secretPath = path.join(folder, 'secret.txt');
  await writeFile(secretPath, SECRET);
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end(SECRET);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  webUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

const guid = (n: number) => `B0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function project(sources: string, declarations = '', name = 'Hostile study'): string {
  return `<?xml version="1.0" encoding="utf-8"?>${declarations}<Project xmlns="urn:QDA-XML:project:1.0" name="${name}"><Sources>${sources}</Sources></Project>`;
}

const textSource = (n: number, plainTextPath: string) => `<TextSource guid="${guid(n)}" name="Source ${n}" plainTextPath="${plainTextPath}"/>`;

async function importInto(bytes: Uint8Array) {
  const db = freshDb();
  const { value: result, ms } = await elapsed(() => importQdpx(bytes, db, ctx(), { fileName: 'study.qdpx' }));
  const texts = (await db.texts.toArray()).map((t) => t.text).join('\n');
  const counts = await countRepository(db);
  db.close();
  return { result, ms, texts, counts };
}

describe('hostile project.qde', () => {
  it.each([
    ['billion laughs in a .qdpx', () => zipSync({ 'project.qde': strToU8(project(textSource(1, 'internal://a.txt'), BILLION_LAUGHS, '&lol9;')), 'sources/a.txt': strToU8('Wien') })],
    ['external entities in a .qdpx', () => zipSync({ 'project.qde': strToU8(project(textSource(1, 'internal://a.txt'), EXTERNAL_ENTITIES(pathToFileURL(secretPath).href, webUrl), '&file;&web;')), 'sources/a.txt': strToU8('Wien') })],
    ['external entities in a bare .qde', () => strToU8(project('', EXTERNAL_ENTITIES(pathToFileURL(secretPath).href, webUrl), '&file;'))],
  ])('%s: refused with the file named, nothing expanded, read or fetched, nothing written', async (_label, build) => {
    const { result, ms, counts } = await importInto(build());
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^study\.qdpx/);
      expect(result.error.message).toMatch(/document type|entit/i);
      expect(result.error.message).not.toContain(SECRET);
    }
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(requests).toEqual([]);
  });
});

describe('sources outside the package', () => {
  it('are never read or fetched: paths that climb out, absolute files, file: and http: URLs, UNC shares', async () => {
    const targets = [
      'internal://../../../../etc/passwd',
      'internal://sources/../../secret.txt',
      `internal://${secretPath}`,
      secretPath,
      pathToFileURL(secretPath).href,
      `${webUrl}/secret.txt`,
      '\\\\\\\\server\\\\share\\\\secret.txt',
      'C:\\\\Users\\\\secret.txt',
    ];
    const qde = project([textSource(1, 'internal://ok.txt'), ...targets.map((target, i) => textSource(i + 2, target))].join(''));
    const { result, ms, texts } = await importInto(zipSync({ 'project.qde': strToU8(qde), 'sources/ok.txt': strToU8('Interview in Wien.') }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok ? 'imported' : result.error.message).toBe('imported');
    if (!result.ok) return;
    expect(texts).toBe('Interview in Wien.');
    expect(texts).not.toContain(SECRET);
    expect(result.value.documents.added).toBe(1);
    // Each source left behind is named in the loss report, with the reason.
    const lost = result.value.losses.map((loss) => loss.item).join('\n');
    for (let i = 2; i < targets.length + 2; i++) expect(lost).toContain(`Source ${i}`);
    expect(requests).toEqual([]);
  });
});
