// The app:// scheme's pure rules: which URLs are the app's own, which file a URL path names, its MIME type, and the page CSP.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'comparanda';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The Content-Security-Policy sent with every HTML page the app serves. */
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
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** True when `url` belongs to the app's own origin (app://comparanda/…). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** True for web links that may be offered to the system browser. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export type AppPath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 };

/**
 * Maps the (still percent-encoded) path of an app:// URL to a file inside `root`.
 * Anything that could reach outside the root — `..` in any encoding, encoded slashes that decode
 * to `..`, backslashes, NUL bytes, drive letters — is refused; the path is decoded exactly once.
 */
export function resolveAppPath(root: string, encodedPathname: string): AppPath {
  if (encodedPathname.includes('\\') || encodedPathname.includes('\0')) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\\') || decoded.includes('\0') || decoded.includes(':')) return { ok: false, status: 403 };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  const relative = segments.filter((segment) => segment !== '').join('/');
  const rootPath = path.resolve(root);
  const filePath = path.resolve(rootPath, relative === '' ? 'index.html' : relative);
  if (filePath !== rootPath && !filePath.startsWith(rootPath + path.sep)) return { ok: false, status: 403 };
  if (filePath === rootPath) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
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
  '.txt': 'text/plain; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/** The Content-Type for a served file, by extension; unknown types are served as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for a served file: its type, no sniffing, and the CSP on HTML pages. */
export function responseHeadersFor(filePath: string): Record<string, string> {
  const type = mimeTypeFor(filePath);
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}
