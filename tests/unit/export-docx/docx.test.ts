// The chapter as a Word file, read back with mammoth and unzipped: styles, footnotes at the right page or time, tables, appendix, every language intact.
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { addBlock, createChapter, footnoteCitation, REMOVED_PASSAGE, type NewChapterBlock } from '../../../shared/chapters';
import { deleteSegment } from '../../../shared/coding';
import { loadQuotes, type Quote } from '../../../shared/compare';
import { addDocument, codePassage } from '../../../shared/db';
import { docxFileName, exportChapterDocx } from '../../../shared/export-docx';
import { sha256Hex } from '../../../shared/hash';
import type { Chapter, Document, Segment } from '../../../shared/model';
import { sampleRepo, type SampleRepo } from '../chapters/sample-fixture';

const MIXED = 'Sie sagte: „Wir warten seit Monaten.“ Elle a dit « attendre » 🙂 — Řekla, že čeká. Тя каза, че чака.  Zwei  Leerzeichen.';

let repo: SampleRepo;
let chapter: Chapter;
let segments: Segment[];
let quotes: Map<string, Quote | null>;
let removedId: string;

function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;
const textOfXml = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The page or timestamp the passage starts on, worked out here from the document's own marks. */
function expectedPlace(document: Document, segment: Segment): string | undefined {
  const page = [...document.pages].filter((p) => p.start <= segment.start).sort((a, b) => b.start - a.start)[0];
  if (page) return `p. ${page.label ?? page.page}`;
  const turn = document.turns.find((t) => t.start <= segment.start && segment.start < t.end && t.timeStart !== undefined);
  if (!turn) return undefined;
  const s = Math.floor(turn.timeStart!);
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

beforeAll(async () => {
  repo = await sampleRepo();
  const { db, ctx } = repo;
  const hash = await sha256Hex(MIXED);
  const doc = await addDocument(
    db,
    ctx,
    {
      title: 'Rozhovor / Интервю', kind: 'interview', sourceFormat: 'txt', language: 'deu', text: MIXED, textHash: hash, sha256: hash,
      pages: [], turns: [], headings: [], cityIds: [repo.city('Prague').id], themeIds: [], attributes: {}, metadata: { date: '2025-11-02' },
      importedFrom: 'mixed.txt', size: MIXED.length,
    },
    null,
  );
  if (!doc.ok) throw new Error(doc.error.message);
  const mixed = await codePassage(db, ctx, { documentId: doc.value.id, start: 0, end: MIXED.length, themeIds: [repo.theme('Housing').id] });
  if (!mixed.ok) throw new Error(mixed.error.message);
  const doomed = await codePassage(db, ctx, { documentId: doc.value.id, start: 0, end: 10, themeIds: [repo.theme('Housing').id] });
  if (!doomed.ok) throw new Error(doomed.error.message);
  removedId = doomed.value.id;

  segments = await db.segments.toArray();
  const housing = repo.theme('Housing');
  const blocks: NewChapterBlock[] = [
    { type: 'heading', level: 1, text: 'Wohnen — bydlení — жилище' },
    { type: 'paragraph', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rent ' }, { type: 'text', text: 'matters', marks: [{ type: 'bold' }] }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first point', marks: [{ type: 'italic' }] }] }] }] }] } },
    { type: 'heading', level: 2, text: 'Quotes' },
    ...segments.map((s): NewChapterBlock => ({ type: 'quote', segmentId: s.id })),
    { type: 'heading', level: 3, text: 'Tables' },
    { type: 'matrix', themeIds: repo.themes.map((t) => t.id), cityIds: repo.cities.map((c) => c.id), show: 'segments', caption: 'Passages by theme and city' },
    { type: 'matrix', themeIds: [housing.id], cityIds: repo.cities.map((c) => c.id), show: 'summaries', caption: 'Housing: cell summaries' },
    { type: 'comparison', themeId: housing.id, cityIds: [repo.city('Vienna').id, repo.city('Prague').id], caption: '' },
    { type: 'note', text: 'Check the Berlin figures.' },
  ];
  const created = await createChapter(db, ctx, 'Housing: „three“ cities');
  if (!created.ok) throw new Error(created.error.message);
  for (const block of blocks) {
    const added = await addBlock(db, ctx, created.value.id, block);
    if (!added.ok) throw new Error(added.error.message);
  }
  const deleted = await deleteSegment(db, ctx, removedId);
  if (!deleted.ok) throw new Error(deleted.error.message);
  chapter = (await db.chapters.get(created.value.id))!;
  quotes = await loadQuotes(db, segments.map((s) => s.id));
});

async function exported(citations: 'footnotes' | 'author-date') {
  const result = await exportChapterDocx(repo.db, chapter.id, { citations });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('Word export', () => {
  it('uses the built-in style ids, a contents field, a page number footer and real tables with repeating header rows', async () => {
    const { bytes, fileName } = await exported('footnotes');
    expect(fileName).toBe('Housing - „three“ cities.docx');
    const files = unzip(bytes);
    const body = files['word/document.xml']!;
    const styles = files['word/styles.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'IntenseQuote', 'Caption', 'TableGrid', 'FootnoteText']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Caption']) expect(body, id).toContain(`<w:pStyle w:val="${id}"/>`);
    expect(body).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    const footer = Object.entries(files).find(([name]) => /word\/footer\d*\.xml/.test(name))![1];
    expect(footer).toMatch(/PAGE/);
    // Two matrices, one comparison, the appendix's source list.
    expect(count(body, /<w:tbl>/g)).toBe(4);
    expect(count(body, /<w:tblStyle w:val="TableGrid"\/>/g)).toBe(4);
    expect(count(body, /<w:tblHeader\/>/g)).toBe(4);
    expect(body).toMatch(/SEQ Table \\\* ARABIC/);
    expect(count(body, /<w:numPr>/g)).toBe(1);
  });

  it('puts every quote in the Quote style with a footnote naming title, kind, city, date and the right page or time', async () => {
    const { bytes } = await exported('footnotes');
    const files = unzip(bytes);
    const body = files['word/document.xml']!;
    const footnotes = unescape(textOfXml(files['word/footnotes.xml']!));
    const present = segments.filter((s) => s.id !== removedId);
    // Every quote paragraph (quote blocks + the removed flag + comparison column quotes) is in Quote style.
    expect(count(body, /<w:pStyle w:val="Quote"\/>/g)).toBeGreaterThanOrEqual(segments.length);
    expect(count(body, /<w:footnoteReference /g)).toBe(count(body, /<w:pStyle w:val="Quote"\/>/g) - 1);
    const documents = new Map((await repo.db.documents.toArray()).map((d) => [d.id, d]));
    let withPlace = 0;
    for (const segment of present) {
      const quote = quotes.get(segment.id)!;
      const document = documents.get(segment.documentId)!;
      const citation = footnoteCitation(quote);
      expect(footnotes).toContain(citation);
      expect(citation.startsWith(`${document.title} (`)).toBe(true);
      const place = expectedPlace(document, segment);
      if (place) {
        withPlace += 1;
        expect(citation.endsWith(`, ${place}.`), `${citation} should end at ${place}`).toBe(true);
      }
      if (document.metadata.date) expect(citation).toContain(document.metadata.date);
    }
    expect(withPlace).toBeGreaterThanOrEqual(2);
    expect(footnotes).toMatch(/, p\. \d+\./);
    expect(footnotes).toMatch(/, \d\d:\d\d:\d\d\./);
  });

  it('keeps Czech, Bulgarian, German quotation marks, guillemets, emoji and double spaces intact', async () => {
    const { bytes } = await exported('footnotes');
    const body = files(bytes);
    expect(body).toContain(`xml:space="preserve">“${MIXED}”</w:t>`);
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain(MIXED);
    for (const segment of segments.filter((s) => s.id !== removedId)) {
      const lines = quotes.get(segment.id)!.text.trim().split(/\r?\n/);
      for (const line of lines) expect(raw).toContain(line.trim());
    }
    expect(raw).toContain('Wohnen — bydlení — жилище');
    expect(body).toMatch(/<w:lang w:val="de"\/>/);
  });

  it('flags the deleted passage and counts it in the appendix instead of dropping it', async () => {
    const { bytes } = await exported('footnotes');
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain(REMOVED_PASSAGE);
    expect(raw).toMatch(/1 quoted passage was removed from the repository after being quoted/);
  });

  it('reads back through mammoth as headings, block quotes, lists and tables', async () => {
    const { bytes } = await exported('footnotes');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Title'] => h1.title:fresh"] })).value;
    expect(html).toContain('<h1 class="title">Housing: „three“ cities</h1>');
    const bookmark = '(?:<a id="[^"]+"></a>)*';
    expect(html).toMatch(new RegExp(`<h1>${bookmark}Wohnen — bydlení — жилище</h1>`));
    expect(html).toMatch(new RegExp(`<h2>${bookmark}Quotes</h2>`));
    expect(html).toMatch(new RegExp(`<h3>${bookmark}Tables</h3>`));
    expect(html).toMatch(/<p>Rent <strong>matters<\/strong><\/p>/);
    expect(html).toMatch(/<ul><li><em>first point<\/em><\/li><\/ul>/);
    expect(count(html, /<table>/g)).toBe(4);
    expect(html).toContain('<blockquote>');
    expect(html).toMatch(new RegExp(`<h1>${bookmark}Appendix: sources</h1>`));
    expect(html).toMatch(new RegExp(`<h1>${bookmark}Appendix: codebook</h1>`));
  });

  it('lists every cited source and the definitions of the themes used in the appendix', async () => {
    const { bytes } = await exported('footnotes');
    const body = unescape(textOfXml(files(bytes)));
    const appendix = body.slice(body.indexOf('Appendix: sources'));
    const cited = new Set([...quotes.values()].flatMap((q) => (q ? [q.documentId] : [])));
    const documents = await repo.db.documents.bulkGet([...cited]);
    for (const document of documents) {
      expect(appendix).toContain(document!.title);
      expect(appendix).toContain(document!.language);
    }
    const codebook = appendix.slice(appendix.indexOf('Appendix: codebook'));
    for (const id of new Set(segments.flatMap((s) => s.themeIds))) {
      const theme = repo.themes.find((t) => t.id === id)!;
      expect(codebook).toContain(theme.name);
      if (theme.description.trim()) expect(codebook).toContain(theme.description.trim());
    }
  });

  it('cites author–date in the text when asked, without footnotes', async () => {
    const { bytes } = await exported('author-date');
    const body = files(bytes);
    expect(count(body, /<w:footnoteReference /g)).toBe(0);
    const text = unescape(textOfXml(body));
    expect(text).toContain(`”${' '}(Rozhovor / Интервю, 2025)`);
    expect(text).toMatch(/\([^()]+, \d{4}, p\. \d+\)/);
  });

  it('leaves the author\'s notes out unless asked', async () => {
    const without = (await mammoth.extractRawText({ buffer: Buffer.from((await exported('footnotes')).bytes) })).value;
    expect(without).not.toContain('Check the Berlin figures.');
    const result = await exportChapterDocx(repo.db, chapter.id, { includeNotes: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(files(result.value.bytes)).toMatch(/<w:pStyle w:val="AuthorNote"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Note: <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Check the Berlin figures.<\/w:t>/);
  });

  it('refuses a missing chapter in plain words', async () => {
    expect(await exportChapterDocx(repo.db, 'gone')).toMatchObject({ ok: false, error: { code: 'not-found', message: 'That chapter is no longer in the repository.' } });
  });

  it.each([
    ['Housing: three cities', 'Housing - three cities.docx'],
    ['a/b\\c*?', 'a - b - c.docx'],
    ['...', 'Chapter.docx'],
    ['Глава 1 „Wohnen“ 🙂', 'Глава 1 „Wohnen“ 🙂.docx'],
  ])('names the file for %j', (title, name) => {
    expect(docxFileName(title)).toBe(name);
  });
});

function files(bytes: Uint8Array): string {
  return unzip(bytes)['word/document.xml']!;
}

describe('summaries table', () => {
  it('shows the cell summaries of the sample in the table', async () => {
    const { bytes } = await exported('footnotes');
    const text = unescape(textOfXml(files(bytes)));
    const memos = (await repo.db.memos.where('targetType').equals('cell').toArray()).filter((m) => m.targetId.startsWith(`${repo.theme('Housing').id}|`));
    expect(memos.length).toBeGreaterThan(0);
    for (const memo of memos) expect(text).toContain(memo.text.trim().split('\n')[0]!);
  });
});
