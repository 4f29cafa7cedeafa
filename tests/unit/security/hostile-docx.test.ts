// DOCX with external relationships (linked images, remote templates, OLE links, hyperlinks, file: targets): nothing is fetched or read; the text imports.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractText } from '../../../shared/import';
import { corpusBytes, hasCorpus } from '../import/helpers';
import { docx, documentXml, paragraph, relationships } from './hostile-files';

const SECRET = 'CONFIDENTIAL-PARTICIPANT-NAME';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

let folder: string;
let secretUrl: string;
let server: Server;
let webUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'comparanda-docx-'));
  const secretPath = path.join(folder, 'secret.png');
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

afterEach(() => vi.restoreAllMocks());

/** An image linked (r:link) rather than embedded, as a DrawingML picture and as a VML image. */
function linkedPicture(id: string): string {
  return `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Pixel" descr="Lageplan"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="pixel.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="${id}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

function hostileDocx(): Uint8Array {
  const body =
    paragraph('Interview Wien') +
    linkedPicture('rIdWeb') +
    linkedPicture('rIdFile') +
    `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata r:id="rIdVml" o:title="" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:r></w:p>` +
    `<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Bericht der Stadt</w:t></w:r></w:hyperlink></w:p>` +
    `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDEPICTURE "${webUrl}/field.png" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
    `<w:altChunk r:id="rIdChunk"/>` +
    `<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Link" r:id="rIdOle"/></w:object></w:r></w:p>` +
    paragraph('Ende');
  return docx({
    'word/document.xml': documentXml(body),
    'word/_rels/document.xml.rels': relationships(
      [
        `<Relationship Id="rIdWeb" Type="${REL}/image" Target="${webUrl}/pixel.png" TargetMode="External"/>`,
        `<Relationship Id="rIdFile" Type="${REL}/image" Target="${secretUrl}" TargetMode="External"/>`,
        `<Relationship Id="rIdVml" Type="${REL}/image" Target="${webUrl}/vml.png" TargetMode="External"/>`,
        `<Relationship Id="rIdLink" Type="${REL}/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>`,
        `<Relationship Id="rIdChunk" Type="${REL}/aFChunk" Target="${webUrl}/chunk.html" TargetMode="External"/>`,
        `<Relationship Id="rIdOle" Type="${REL}/oleObject" Target="${secretUrl}" TargetMode="External"/>`,
        `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
      ].join(''),
    ),
    'word/settings.xml': `<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL}"><w:attachedTemplate r:id="rIdTemplate"/></w:settings>`,
    'word/_rels/settings.xml.rels': relationships(`<Relationship Id="rIdTemplate" Type="${REL}/attachedTemplate" Target="${webUrl}/template.dotm" TargetMode="External"/>`),
  });
}

describe('DOCX external relationships', () => {
  it('are never fetched or read: no request reaches the server, no local file is opened, the text imports', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const result = await extractText({ name: 'linked.docx', path: 'linked.docx', bytes: hostileDocx() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toContain('Interview Wien');
    expect(result.value.text).toContain('Bericht der Stadt');
    expect(result.value.text).toContain('Ende');
    expect(result.value.text).not.toContain(SECRET);
    expect(result.value.text).not.toMatch(/javascript:|127\.0\.0\.1|file:/);
    expect(fetchSpy).not.toHaveBeenCalled();
    // Give any stray request time to arrive before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });

  it.runIf(hasCorpus)("mammoth's own linked-picture fixture (one linked picture, no text) is reported empty without touching the network", async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const result = await extractText({ name: 'mammoth-external-picture.docx', path: 'x', bytes: corpusBytes('docx/mammoth-external-picture.docx') });
    expect(result.ok ? 'imported' : result.error.code).toBe('empty');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
