// Serving the renderer on app://: files with their types and CSP, refusals for paths outside the folder, and the scheme registration.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { rawPathOf, registerAppScheme, serveAppProtocol, serveAppRequest } = await import('../../main/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../main/app-scheme');

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'comparanda-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Comparanda</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'pdf.worker.min.mjs'), 'self.onmessage = () => {}');
  await writeFile(path.join(root, 'assets', 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer folder');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function get(url: string, method = 'GET') {
  const response = await serveAppRequest(root, new Request(url, { method }));
  return { status: response.status, type: response.headers.get('Content-Type'), csp: response.headers.get('Content-Security-Policy'), body: await response.text() };
}

describe('serveAppRequest', () => {
  it('serves the page with its type and the CSP', async () => {
    const page = await get('app://comparanda/index.html');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(page.body).toContain('<title>Comparanda</title>');
    expect((await get('app://comparanda/')).body).toBe(page.body);
  });

  it('serves scripts, module workers and wasm with their types and no CSP header', async () => {
    expect(await get('app://comparanda/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', csp: null, body: 'console.log("app")' });
    expect(await get('app://comparanda/assets/pdf.worker.min.mjs')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('app://comparanda/assets/engine.wasm')).toMatchObject({ status: 200, type: 'application/wasm' });
  });

  it('answers an in-app route with the page, and a missing file with 404', async () => {
    expect(await get('app://comparanda/library/documents')).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY });
    expect(await get('app://comparanda/assets/missing.js')).toMatchObject({ status: 404 });
    expect(await get('app://comparanda/assets')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  });

  const refused: Array<[string, number]> = [
    ['app://comparanda/..%2fsecret.txt', 403],
    ['app://comparanda/assets/..%2f..%2fsecret.txt', 403],
    ['app://comparanda/%2e%2e%2fsecret.txt', 403],
    ['app://comparanda/assets%5c..%5c..%5csecret.txt', 403],
    ['app://comparanda/index.html%00.js', 403],
    ['app://comparanda/%E0%A4%A', 400],
    ['app://comparanda/assets/link.txt', 403],
    ['app://elsewhere/index.html', 404],
  ];
  it.each(refused)('refuses %s with %i and never shows what is outside', async (url, status) => {
    const answer = await get(url);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain('outside the renderer folder');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://comparanda/index.html', 'POST')).status).toBe(405);
    expect(await get('app://comparanda/index.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});

describe('rawPathOf keeps the path exactly as written', () => {
  const cases: Array<[string, string]> = [
    ['app://comparanda/a/b.js?x=1#top', '/a/b.js'],
    ['app://comparanda/..%2fsecret', '/..%2fsecret'],
    ['app://comparanda', '/'],
    ['app://comparanda?x=/..', '/'],
    ['app://comparanda#/..', '/'],
  ];
  it.each(cases)('%s → %s', (url, expected) => {
    expect(rawPathOf(url)).toBe(expected);
  });
});

describe('scheme registration', () => {
  it('registers app:// as a privileged standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
  });

  it('hands app:// requests to the file server for the given folder', async () => {
    serveAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://comparanda/assets/app.js'))).status).toBe(200);
  });
});
