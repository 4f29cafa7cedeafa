// PDF: layout of positioned text, de-hyphenation, pages and labels, metadata, passwords, scans, limits.
import { describe, expect, it } from 'vitest';
import { dehyphenate, pageText, type PositionedText } from '../../../shared/import/pdf-layout';
import { extractBytes, extractCorpus, hasCorpus, value } from './helpers';
import { makePdf } from './pdf-maker';

const item = (str: string, x: number, y: number, width = str.length * 6, extra: Partial<PositionedText> = {}): PositionedText => ({
  str, transform: [12, 0, 0, 12, x, y], width, height: 12, ...extra,
});

describe('pageText', () => {
  it.each([
    ['items of one line sorted left to right', [item('world', 100, 700), item('Hello', 50, 700)], 'Hello world'],
    ['no space where items touch', [item('Inte', 50, 700, 24), item('gration', 74, 700)], 'Integration'],
    ['lines in stream order', [item('first line', 50, 700), item('second line', 50, 686)], 'first line\nsecond line'],
    ['a blank line at a paragraph gap', [item('para one', 50, 700), item('para two', 50, 640)], 'para one\n\npara two'],
    ['two columns stay apart', [item('left 1', 50, 700), item('left 2', 50, 686), item('right 1', 300, 700), item('right 2', 300, 686)], 'left 1\nleft 2\nright 1\nright 2'],
    ['right-to-left lines read right to left', [item('שלום', 100, 700, 30, { dir: 'rtl' }), item('עולם', 50, 700, 30, { dir: 'rtl' })], 'שלום עולם'],
    ['hasEOL breaks the line', [item('a', 50, 700, 6, { hasEOL: true }), item('b', 60, 700)], 'a\nb'],
    ['control characters from unmapped fonts dropped', [item('\u0003\u0003Text', 50, 700)], 'Text'],
  ])('%s', (_label, items, text) => expect(pageText(items)).toBe(text));
});

describe('dehyphenate', () => {
  it.each([
    ['integra-\ntion of migrants', 'integration of migrants'],
    ['Wohnungs-\nmarkt', 'Wohnungsmarkt'],
    ['north-\nSouth', 'north-\nSouth'],
    ['2019-\n2020', '2019-\n2020'],
    ['a - \nb', 'a - \nb'],
    ['soft\u00ad\nhyphen', 'softhyphen'],
  ])('%j → %j', (input, output) => expect(dehyphenate(input)).toBe(output));
});

describe('PDF extraction (generated)', () => {
  const pdf = makePdf({
    pages: [
      [{ text: 'Housing and integra-', x: 72, y: 760 }, { text: 'tion in Vienna.', x: 72, y: 746 }],
      [{ text: 'Second page.', x: 72, y: 760 }],
      [{ text: 'Third page.', x: 72, y: 760 }],
    ],
    pageLabels: '<< /Nums [0 << /S /r >> 1 << /S /D >>] >>',
    info: { Title: 'City report', Author: 'Team Wien', CreationDate: "D:20230512103600+02'00'" },
  });

  it('gives page start offsets with labels, de-hyphenated text and metadata', async () => {
    const doc = value(await extractBytes('report.pdf', pdf));
    expect(doc.text).toBe('Housing and integration in Vienna.\n\nSecond page.\n\nThird page.');
    expect(doc.pages).toEqual([
      { page: 1, start: 0, label: 'i' },
      { page: 2, start: 36, label: '1' },
      { page: 3, start: 50, label: '2' },
    ]);
    expect(doc.text.slice(36, 48)).toBe('Second page.');
    expect(doc.title).toBe('City report');
    expect(doc.metadata).toMatchObject({ author: 'Team Wien', pageCount: 3, created: '2023-05-12T08:36:00.000Z' });
  });

  it('reads only up to the page limit and says so', async () => {
    const doc = value(await extractBytes('report.pdf', pdf, { limits: { maxPages: 2 } }));
    expect(doc.pages).toHaveLength(2);
    expect(doc.warnings).toContain('only the first 2 of 3 pages were read (page limit)');
  });

  it('fails clearly without a PDF reader', async () => {
    const result = await extractBytes('report.pdf', pdf, { loadPdfjs: undefined });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
  });

  it('reports a PDF with no text and no images as empty', async () => {
    const result = await extractBytes('blank.pdf', makePdf({ pages: [[]] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'empty', message: 'blank.pdf is empty: its pages have no text and no images' } });
  });

  it('reports pages with images and no text as scanned', async () => {
    const result = await extractBytes('scan.pdf', makePdf({ pages: [[], []], image: true }));
    expect(result).toEqual({ ok: false, error: { code: 'scanned-no-text', message: 'scan.pdf is scanned: no text (needs OCR)' } });
  });

  it('reports garbage with a PDF header as damaged', async () => {
    const result = await extractBytes('broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    if (!result.ok) expect(result.error.message).toMatch(/^broken\.pdf is damaged and cannot be read: /);
  });
});

describe.skipIf(!hasCorpus)('PDF corpus files', () => {
  it('reads the two-column paper page by page', async () => {
    const doc = value(await extractCorpus('pdf/tracemonkey.pdf'));
    expect(doc.pages).toHaveLength(14);
    expect(doc.pages.map((p) => p.start)).toEqual([...doc.pages.map((p) => p.start)].sort((a, b) => a - b));
    expect(doc.text.slice(0, 60)).toContain('Trace-based Just-in-Time Type Specialization');
    expect(doc.metadata.pageCount).toBe(14);
    expect(doc.language).toBe('eng');
  });

  it.each([
    ['pdf/issue3371.pdf', 'ELXRTQWS'],
    ['pdf/saslprep-r6.pdf', 'S\u00aaSL\u00adprep'],
    ['pdf/bug1782186.pdf', 'Hello'],
  ])('%s asks for its password, refuses a wrong one, opens with the right one', async (file, password) => {
    const asked = await extractCorpus(file);
    expect(asked).toMatchObject({ ok: false, error: { code: 'password-required' } });
    const wrong = await extractCorpus(file, { password: 'not-the-password' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    if (!wrong.ok) expect(wrong.error.message).toMatch(/wrong password/);
    const opened = await extractCorpus(file, { password });
    // Past the password, issue3371.pdf is a scanned page and bug1782186.pdf a page without text: no password failure.
    if (!opened.ok) expect(['password-required', 'wrong-password']).not.toContain(opened.error.code);
  });

  it('opens an AES-256 PDF whose password needs SASLprep', async () => {
    expect(value(await extractCorpus('pdf/saslprep-r6.pdf', { password: 'S\u00aaSL\u00adprep' })).text).toBe('Hello pdf.js world');
  });

  it('opens a PDF with an empty user password and one with an owner password only', async () => {
    expect((await extractCorpus('pdf/bug900822.pdf')).ok).toBe(true);
    expect(await extractCorpus('pdf/empty_protected.pdf')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it.each(['pdf/issue5481.pdf', 'pdf/USRFOR1949-076-scanned-codebook.pdf'])('%s is reported as scanned', async (file) => {
    const result = await extractCorpus(file);
    expect(result).toMatchObject({ ok: false, error: { code: 'scanned-no-text' } });
    if (!result.ok) expect(result.error.message).toMatch(/is scanned: no text \(needs OCR\)$/);
  });

  it('ends the JBIG2 bomb within its time limit', async () => {
    const started = Date.now();
    const result = await extractCorpus('pdf/bomb_giant.pdf', { limits: { timeoutMs: 5_000 } });
    expect(Date.now() - started).toBeLessThan(7_000);
    expect(result.ok || ['timeout', 'corrupt', 'scanned-no-text'].includes(result.error.code)).toBe(true);
  });

  it('stops a long PDF at the timeout and when cancelled', async () => {
    let started = Date.now();
    const timedOut = await extractCorpus('pdf/freeculture.pdf', { limits: { timeoutMs: 100 } });
    expect(timedOut).toMatchObject({ ok: false, error: { code: 'timeout', message: 'freeculture.pdf took longer than 100 ms to read and was stopped' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    const controller = new AbortController();
    started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const cancelled = await extractCorpus('pdf/freeculture.pdf', { signal: controller.signal });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
