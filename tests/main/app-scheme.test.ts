// The app:// rules: the path guard against hostile paths, MIME types, the CSP and which URLs are the app's own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isWebLink, mimeTypeFor, resolveAppPath, responseHeadersFor } from '../../main/app-scheme';

const root = path.resolve('/srv/comparanda/dist/renderer');

describe('resolveAppPath refuses paths that could leave the renderer folder', () => {
  const hostile: Array<[string, string, 400 | 403]> = [
    ['plain parent segment', '/../etc/passwd', 403],
    ['parent segment deeper in', '/assets/../../etc/passwd', 403],
    ['encoded dots', '/%2e%2e/etc/passwd', 403],
    ['upper-case encoded dots', '/%2E%2E/etc/passwd', 403],
    ['encoded slash after dots', '/..%2fetc%2fpasswd', 403],
    ['fully encoded parent and slash', '/%2e%2e%2f%2e%2e%2fsecret', 403],
    ['mixed encoding in a subfolder', '/assets/.%2e/.%2e/secret', 403],
    ['raw backslash', '/..\\secret', 403],
    ['encoded backslash', '/%5c..%5csecret', 403],
    ['encoded backslash alone', '/assets%5cindex.html', 403],
    ['raw NUL', '/index.html\0.png', 403],
    ['encoded NUL', '/index.html%00.png', 403],
    ['windows drive letter', '/C:/Windows/win.ini', 403],
    ['encoded drive letter', '/c%3a/boot.ini', 403],
    ['single dot segment', '/./index.html', 403],
    ['trailing parent', '/assets/..', 403],
    ['malformed percent escape', '/%E0%A4%A', 400],
    ['lone percent', '/100%', 400],
  ];
  it.each(hostile)('%s (%s) → %i', (_label, input, status) => {
    expect(resolveAppPath(root, input)).toEqual({ ok: false, status });
  });
});

describe('resolveAppPath maps ordinary paths inside the folder', () => {
  const ordinary: Array<[string, string]> = [
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app-3f2a.js', 'assets/app-3f2a.js'],
    ['/assets/file%20name.css', 'assets/file name.css'],
    ['/fonts/Z%C3%BCrich.woff2', 'fonts/Zürich.woff2'],
    // Absolute-looking paths stay inside the root: the leading slashes are dropped, not obeyed.
    ['//etc/passwd', 'etc/passwd'],
    ['/%2fetc%2fpasswd', 'etc/passwd'],
    // Decoding happens once, so a double-encoded "..%2f" is a literal (harmless) name.
    ['/%252e%252e%252fsecret', '%2e%2e%2fsecret'],
  ];
  it.each(ordinary)('%s → %s', (input, relative) => {
    const result = resolveAppPath(root, input);
    expect(result).toEqual({ ok: true, filePath: path.join(root, relative) });
    if (result.ok) expect(result.filePath.startsWith(root + path.sep)).toBe(true);
  });
});

describe('mimeTypeFor', () => {
  const cases: Array<[string, string]> = [
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['assets/engine.wasm', 'application/wasm'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/inter.woff', 'font/woff'],
    ['assets/mono.ttf', 'font/ttf'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
    ['logo.png', 'image/png'],
    ['icon.svg', 'image/svg+xml'],
    ['UPPER.PNG', 'image/png'],
    ['cmaps/UniJIS-UTF16-H.bcmap', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ];
  it.each(cases)('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('Content-Security-Policy', () => {
  it('has exactly the agreed directives', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'worker-src': "'self' blob:",
      'connect-src': "'self' blob: data:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\s'unsafe-eval'|\*/);
  });

  it('is sent with HTML only, and every response forbids sniffing', () => {
    expect(responseHeadersFor('index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(responseHeadersFor('assets/app.js')['Content-Security-Policy']).toBeUndefined();
    expect(responseHeadersFor('assets/app.js')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('isAppUrl and isWebLink', () => {
  const appUrls: Array<[string | null | undefined, boolean]> = [
    ['app://comparanda/index.html', true],
    ['app://comparanda/library?city=Wien', true],
    ['APP://COMPARANDA/index.html', true],
    ['app://other/index.html', false],
    ['app://user:secret@comparanda/index.html', false],
    ['https://comparanda/index.html', false],
    ['file:///etc/passwd', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['not a url', false],
    ['', false],
    [null, false],
    [undefined, false],
  ];
  it.each(appUrls)('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  const webLinks: Array<[string, boolean]> = [
    ['https://example.org/report.pdf', true],
    ['http://example.org', true],
    ['file:///home/researcher', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['app://comparanda/index.html', false],
  ];
  it.each(webLinks)('isWebLink(%s) is %s', (url, expected) => {
    expect(isWebLink(url)).toBe(expected);
  });
});
