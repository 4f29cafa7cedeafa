// XML with external entities, DTDs and "billion laughs" in every XML the app reads: .qdc codebooks, ODT content.xml, DOCX parts — refused or inert, within a bound.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCodebookQdc } from '../../../shared/coding/qdc-import';
import { extractText } from '../../../shared/import';
import { BILLION_LAUGHS, EXTERNAL_ENTITIES, docx, documentXml, elapsed, odt, odtContent, paragraph } from './hostile-files';

const BOUND_MS = 10_000;
const SECRET = 'CONFIDENTIAL-PARTICIPANT-NAME';

let folder: string;
let secretUrl: string;
let server: Server;
let webUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'comparanda-xxe-'));
  const secretPath = path.join(folder, 'secret.txt');
  await writeFile(secretPath, SECRET);
  secretUrl = pathToFileURL(secretPath).href;
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

const QDC = (declarations: string, name: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n${declarations}\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="c0a3b1e2-0000-4000-8000-000000000001" name="${name}" isCodable="true"/></Codes></CodeBook>`;

describe('.qdc codebooks', () => {
  it.each([
    ['billion laughs', () => QDC(BILLION_LAUGHS, '&lol9;')],
    ['external entities', () => QDC(EXTERNAL_ENTITIES(secretUrl, webUrl), '&file;&web;')],
    ['a DOCTYPE after a comment', () => `<?xml version="1.0"?><!-- codebook --><!DOCTYPE CodeBook SYSTEM "${webUrl}/codebook.dtd"><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`],
  ])('%s: refused with the file and line, nothing fetched', async (_label, build) => {
    const { value: result, ms } = await elapsed(async () => parseCodebookQdc(build(), 'partner.qdc'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('malformed-xml');
    expect(result.error.message).toMatch(/^partner\.qdc, line \d+: the file declares a document type or entities, which a codebook never needs; it was not read\.$/);
    expect(requests).toEqual([]);
  });
});

describe('ODT content.xml', () => {
  it.each([
    ['billion laughs', () => odtContent('<text:p>&lol9;</text:p>', BILLION_LAUGHS)],
    ['external entities', () => odtContent('<text:p>&file; &web;</text:p>', EXTERNAL_ENTITIES(secretUrl, webUrl))],
  ])('%s: refused as damaged, naming the file, nothing fetched', async (_label, build) => {
    const { value: result, ms } = await elapsed(() => extractText({ name: 'bericht.odt', path: 'bericht.odt', bytes: odt(build()) }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('corrupt');
    expect(result.error.message).toMatch(/^bericht\.odt is damaged and cannot be read: .*document type or entities/);
    expect(requests).toEqual([]);
  });
});

describe('DOCX parts', () => {
  it.each([
    ['billion laughs', () => documentXml(paragraph('Wien &lol9;'), BILLION_LAUGHS)],
    ['external entities', () => documentXml(paragraph('Wien &file; &web;'), EXTERNAL_ENTITIES(secretUrl, webUrl))],
  ])('%s in word/document.xml: refused as damaged, naming the file, nothing fetched', async (_label, build) => {
    const { value: result, ms } = await elapsed(() => extractText({ name: 'interview.docx', path: 'interview.docx', bytes: docx({ 'word/document.xml': build() }) }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('corrupt');
    expect(result.error.message).toBe('interview.docx is damaged and cannot be read: its main document declares a document type or entities, which a Word document never needs');
    expect(requests).toEqual([]);
  });

  it('external entities in docProps/core.xml are ignored: the document imports without the properties', async () => {
    const core = `<?xml version="1.0"?>${EXTERNAL_ENTITIES(secretUrl, webUrl)}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&file;</dc:title><dc:creator>&web;</dc:creator></cp:coreProperties>`;
    const result = await extractText({ name: 'props.docx', path: 'props.docx', bytes: docx({ 'docProps/core.xml': core }) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toBe('Interview Wien');
    expect(result.value.title).toBeUndefined();
    expect(JSON.stringify(result.value)).not.toContain(SECRET);
    expect(requests).toEqual([]);
  });
});
