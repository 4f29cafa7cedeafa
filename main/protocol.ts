// Registers the privileged app:// scheme and serves the built renderer from it, refusing anything outside its folder.
// fs.promises is read at call time: in a packaged app the renderer lies inside app.asar, which Electron serves by patching fs.
import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, resolveAppPath, responseHeadersFor } from './app-scheme';

/** Must run before the app is ready: app:// behaves like https (fetch, workers, IndexedDB, code cache). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** The path part of a URL exactly as written, so nothing is normalised before the guard sees it. */
export function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const slash = afterScheme.search(/[/?#]/);
  if (slash < 0 || afterScheme[slash] !== '/') return '/';
  return afterScheme.slice(slash).split(/[?#]/, 1)[0] ?? '/';
}

/** Answers one app:// request from the files under `root`. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plainResponse(400, 'Bad request');
  }
  if (url.host.toLowerCase() !== APP_HOST || url.username !== '' || url.password !== '') return plainResponse(404, 'Not found');
  const resolved = resolveAppPath(root, rawPathOf(request.url));
  if (!resolved.ok) return plainResponse(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Bad request');

  let filePath = resolved.filePath;
  if (!(await isFile(filePath))) {
    // A path without an extension is an in-app route: the page handles it.
    if (path.extname(filePath) !== '') return plainResponse(404, 'Not found');
    filePath = path.join(root, 'index.html');
    if (!(await isFile(filePath))) return plainResponse(404, 'Not found');
  }
  try {
    const [realRoot, realFile] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(filePath)]);
    if (!realFile.startsWith(realRoot + path.sep)) return plainResponse(403, 'Forbidden');
    const body = request.method === 'HEAD' ? null : await fs.promises.readFile(realFile);
    return new Response(body, { status: 200, headers: responseHeadersFor(realFile) });
  } catch {
    return plainResponse(404, 'Not found');
  }
}

/** Serves `root` (dist/renderer) on app://comparanda/ for the default session. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
