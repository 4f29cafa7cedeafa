// Serves the built renderer (dist/renderer) on 127.0.0.1 for the browser version and the end-to-end tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from '../main/app-scheme';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_ROOT = resolve(HERE, '..', 'dist', 'renderer');

export { CONTENT_SECURITY_POLICY };

/**
 * Maps a request path to a file inside root, or null when it would leave root (the app:// protocol's
 * own guard: encoded "..", backslashes, NUL bytes, drive letters) or cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  const pathname = urlPath.split('?')[0]!.split('#')[0]!;
  const resolved = resolveAppPath(root, pathname);
  return resolved.ok ? resolved.filePath : null;
}

async function fileAt(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(message);
}

export interface ServeOptions {
  port?: number;
  host?: string;
  root?: string;
}

export async function serveRenderer({ port = 5173, host = '127.0.0.1', root = DEFAULT_ROOT }: ServeOptions = {}): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!(await fileAt(index))) {
    throw new Error(`There is no built renderer in ${base}: run "npx vite build" first.`);
  }
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Only GET and HEAD are supported.');
    const url = request.url ?? '/';
    let path = resolveInside(base, url === '/' ? '/index.html' : url);
    if (path === null) return send(response, 403, 'That path is outside the app.');
    let info = await fileAt(path);
    if (!info) {
      // A path without an extension is a client-side route: answer with the app (SPA fallback).
      if (extname(path) !== '') return send(response, 404, 'Not found.');
      path = index;
      info = await fileAt(index);
      if (!info) return send(response, 500, 'The app is missing its index.html.');
    }
    const type = mimeTypeFor(path);
    const headers: OutgoingHttpHeaders = {
      'Content-Type': type,
      'Content-Length': info.size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      'Cross-Origin-Opener-Policy': 'same-origin',
    };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      headers['Referrer-Policy'] = 'no-referrer';
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return response.end();
    createReadStream(path)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  const close = () =>
    new Promise<void>((resolvePromise) => {
      server.closeAllConnections?.();
      server.close(() => resolvePromise());
    });
  return { url, close };
}

function portFromArgs(args: string[]): number {
  const at = args.indexOf('--port');
  const value = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (value === undefined) return 5173;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, not "${value}".`);
  }
  return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await serveRenderer({ port: portFromArgs(process.argv.slice(2)) });
    console.log(`Comparanda is running at ${url}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
