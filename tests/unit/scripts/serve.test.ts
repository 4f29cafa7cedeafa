import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveInside, serveRenderer } from '../../../scripts/serve';

let root: string;
let secretDir: string;
let server: { url: string; close: () => Promise<void> };

/** A raw request, so paths like /../ reach the server without being normalised by a URL parser. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  secretDir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  root = join(secretDir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(secretDir, 'secret.txt'), 'do not serve');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'worker.mjs'), '');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'assets', 'pdf.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(root, 'assets', 'font.woff2'), '');
  await writeFile(join(root, 'assets', 'app.js.map'), '{}');
  server = await serveRenderer({ port: 0, root });
});

afterAll(async () => {
  await server?.close();
  await rm(secretDir, { recursive: true, force: true });
});

describe('serveRenderer', () => {
  it('listens on 127.0.0.1 on a free port when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/pdf.wasm', 'application/wasm'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/app.js.map', 'application/json; charset=utf-8'],
    ['/', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  it('puts the Content-Security-Policy on HTML only', async () => {
    expect((await get('/')).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('/assets/app.js')).headers['content-security-policy']).toBeUndefined();
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('answers client-side routes with the app, but a missing file with 404', async () => {
    const route = await get('/library/something');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>app</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/%00', '/%E0%A4%A'])(
    'refuses %s without serving anything outside the app',
    async (path) => {
      const response = await get(path);
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain('do not serve');
    },
  );

  it('accepts only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses to start without a built renderer, saying what to do', async () => {
    await expect(serveRenderer({ port: 0, root: join(secretDir, 'nothing') })).rejects.toThrow(/vite build/);
  });
});

describe('resolveInside', () => {
  it.each([
    ['/index.html', '/srv/app/index.html'],
    ['/a/b.js?x=1', '/srv/app/a/b.js'],
    // The same guard as the app:// protocol: any ".." segment is refused, even one that stays inside.
    ['/a/../b.js', null],
    ['/a/%2e%2e/b.js', null],
    ['/C:/Windows/win.ini', null],
    ['/a%00.js', null],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/a\\..\\..\\x', null],
    ['/%zz', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveInside('/srv/app', path)).toBe(expected);
  });
});
