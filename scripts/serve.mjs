// Serves the built renderer (dist/renderer) on 127.0.0.1 for the browser version and the end-to-end tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_ROOT = resolve(HERE, '..', 'dist', 'renderer');

/** The same policy as the app:// protocol's header and the page's meta tag. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path to a file inside root, or null when it would leave root
 * (encoded "..", backslashes, NUL bytes) or cannot be decoded.
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = normalize(join(root, decoded));
  const base = root.endsWith(sep) ? root : root + sep;
  if (target !== root && !target.startsWith(base)) return null;
  return target;
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function send(response, status, message) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(message);
}

export async function serveRenderer({ port = 5173, host = '127.0.0.1', root = DEFAULT_ROOT } = {}) {
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
    const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const headers = {
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
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  const close = () =>
    new Promise((resolvePromise) => {
      server.closeAllConnections?.();
      server.close(() => resolvePromise());
    });
  return { url, close };
}

function portFromArgs(args) {
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
