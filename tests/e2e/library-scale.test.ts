// The Library with 5,000 documents in Chromium: start-up, scrolling, sorting and filtering times.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, openApp, type AppSession } from './browser';

/** 5,000 by default; LIBRARY_SCALE_DOCUMENTS=10000 measures a larger library. */
const GENERATED = Number(process.env.LIBRARY_SCALE_DOCUMENTS ?? 5000);
const TOTAL = GENERATED.toLocaleString('en');
const timings: Record<string, number | string> = {};
let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await writeFile(artifact('library-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log('Library timings (ms):', timings);
  await app?.close();
});

/** Writes documents straight into the app's IndexedDB database, the way an import would leave them. */
async function insertGeneratedDocuments(count: number): Promise<number> {
  return app.page.evaluate(async (count) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('comparanda-repository');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const words = ['housing', 'rent', 'school', 'language', 'course', 'office', 'work', 'permit', 'family', 'city', 'support', 'waiting', 'list', 'integration', 'Wien', 'Praha', 'Бургас', 'Zürich'];
    const kinds = ['interview', 'focus-group', 'transcript', 'report', 'field-note', 'policy-document', 'other'];
    const languages = ['eng', 'deu', 'ces', 'bul', 'ita'];
    const tx = db.transaction(['documents', 'texts'], 'readwrite');
    const store = tx.objectStore('documents');
    const texts = tx.objectStore('texts');
    for (let i = 0; i < count; i++) {
      let text = '';
      for (let w = 0; text.length < 4000; w++) text += `${words[(i * 7 + w * 13) % words.length]}${w % 12 === 11 ? '.\n\n' : ' '}`;
      const hash = i.toString(16).padStart(64, '0');
      const created = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
      texts.put({ id: `generated-${i}`, text });
      store.put({
        id: `generated-${i}`,
        title: `Generated ${kinds[i % kinds.length]} ${i} about ${words[i % words.length]}`,
        kind: kinds[i % kinds.length],
        sourceFormat: 'txt',
        language: languages[i % languages.length],
        textLength: text.length,
        textHash: hash,
        sha256: hash,
        sourceId: null,
        pages: [],
        turns: [],
        headings: [],
        cityIds: [],
        themeIds: [],
        attributes: {},
        metadata: {},
        importedFrom: `generated/${i}.txt`,
        size: text.length,
        createdAt: created,
        updatedAt: created,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - started;
  }, count);
}

const rowsInDom = () => app.page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]').count();

describe(`the Library at ${TOTAL} documents`, () => {
  it(`opens with ${TOTAL} documents and renders only a window of rows`, async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('button', { name: 'Open sample project' }).isVisible()).toBe(true);
    timings.documents = GENERATED;
    timings.insertMs = Math.round(await insertGeneratedDocuments(GENERATED));
    await page.reload();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="library-count"]')?.textContent === expected,
      `${GENERATED.toLocaleString('en')} documents`,
      { timeout: 60_000, polling: 'raf' },
    );
    // Milliseconds from the start of navigation to the list being on screen.
    timings.reloadToListShown = Math.round(await page.evaluate(() => performance.now()));
    expect(await page.getByRole('grid', { name: 'Documents' }).getAttribute('aria-rowcount')).toBe(String(GENERATED + 1));
    const rendered = await rowsInDom();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    timings.rowsInDom = rendered;
  });

  it('scrolls smoothly through thousands of rows', async () => {
    // The same loop without scrolling: what a frame costs in this browser when the Library does nothing.
    timings.idleFrameP50 = await app.page.evaluate(async () => {
      const intervals: number[] = [];
      let last = performance.now();
      for (let frame = 0; frame < 60; frame++) {
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return Math.round(intervals.sort((a, b) => a - b)[30]! * 10) / 10;
    });
    const frames = await app.page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="document-table-scroller"]')!;
      const intervals: number[] = [];
      let last = performance.now();
      for (let frame = 0; frame < 240; frame++) {
        scroller.scrollTop += 250;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return { intervals, scrollTop: scroller.scrollTop };
    });
    const sorted = [...frames.intervals].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    timings.scrollFrameP50 = Math.round(at(0.5) * 10) / 10;
    timings.scrollFrameP95 = Math.round(at(0.95) * 10) / 10;
    timings.scrollFrameMax = Math.round(sorted.at(-1)! * 10) / 10;
    timings.scrollFramesOver50ms = sorted.filter((ms) => ms > 50).length;
    timings.scrolledPixels = frames.scrollTop;
    expect(frames.scrollTop).toBeGreaterThan(50_000);
    expect(await rowsInDom()).toBeLessThan(80);
    // Rendering every row would take seconds per frame at this size; a virtualised list keeps the median frame short
    // even on a busy two-core machine (the idle frame is ~16.7 ms).
    expect(at(0.5)).toBeLessThan(50);
  });

  it(`sorts and filters ${TOTAL} rows quickly`, async () => {
    const { page } = app;
    const firstTitle = () => page.evaluate(() => document.querySelector('[role="grid"] tbody tr[aria-rowindex] td')?.textContent ?? '');
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="document-table-scroller"]')!.scrollTo(0, 0));
    const before = await firstTitle();
    const sortMs = await page.evaluate(async (before) => {
      const button = [...document.querySelectorAll<HTMLElement>('thead th button')].find((b) => b.textContent?.startsWith('Size'))!;
      const started = performance.now();
      button.click();
      for (;;) {
        await new Promise(requestAnimationFrame);
        const first = document.querySelector('[role="grid"] tbody tr[aria-rowindex] td')?.textContent;
        if (first && first !== before) return performance.now() - started;
        if (performance.now() - started > 10_000) return -1;
      }
    }, before);
    expect(sortMs).toBeGreaterThan(0);
    timings.sortBySize = Math.round(sortMs);
    expect(await page.getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe('ascending');

    const started = Date.now();
    await page.getByRole('textbox', { name: 'Filter by title' }).fill('report 4');
    await page.waitForFunction(
      (suffix) => /^\d[\d,]* of /.test(document.querySelector('[data-testid="library-count"]')?.textContent ?? '') &&
        (document.querySelector('[data-testid="library-count"]')?.textContent ?? '').endsWith(suffix),
      ` of ${TOTAL} documents`,
      { polling: 'raf' },
    );
    timings.filterByTitle = Date.now() - started;
    const shown = await page.getByTestId('library-count').innerText();
    // Both words must appear: titles "Generated report N about …" (i ≡ 3 mod 7) whose N contains a 4.
    const expected = [...Array(GENERATED).keys()].filter((i) => i % 7 === 3 && String(i).includes('4')).length;
    expect(shown).toBe(`${expected.toLocaleString('en')} of ${TOTAL} documents`);
    await page.screenshot({ path: artifact('10-library-5000-filtered.png') });
  });

  it('opens a 2 MB document in the Reader without freezing', async () => {
    const { page } = app;
    const paragraphs = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('comparanda-repository');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const parts: string[] = [];
      for (let i = 0; parts.join('\n\n').length < 2_000_000; i++) {
        parts.push(`Paragraph ${i}: the housing office in Wien asked for a Meldezettel, a rental contract and proof of income before the family could register for a council flat. `.repeat(2));
      }
      const text = parts.join('\n\n');
      const tx = db.transaction(['documents', 'texts'], 'readwrite');
      tx.objectStore('texts').put({ id: 'long-document', text });
      tx.objectStore('documents').put({
        id: 'long-document', title: 'A very long field diary', kind: 'field-note', sourceFormat: 'txt', language: 'eng', textLength: text.length,
        textHash: 'f'.repeat(64), sha256: 'f'.repeat(64), sourceId: null, pages: [], turns: [], headings: [], cityIds: [], themeIds: [],
        attributes: {}, metadata: {}, importedFrom: 'diary.txt', size: text.length, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
      });
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
      return parts.length;
    });
    timings.longDocumentParagraphs = paragraphs;
    await page.goto(`${app.url}/#/reader/long-document`);
    await page.reload();
    await page.waitForFunction((count) => document.querySelectorAll('[data-reader-text] p').length === count, paragraphs, { timeout: 60_000, polling: 'raf' });
    timings.longDocumentShown = Math.round(await page.evaluate(() => performance.now()));
    const frames = await page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="reader-scroller"]')!;
      const intervals: number[] = [];
      let last = performance.now();
      for (let frame = 0; frame < 120; frame++) {
        scroller.scrollTop += 600;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return intervals.sort((a, b) => a - b);
    });
    timings.longDocumentScrollFrameP50 = Math.round(frames[60]! * 10) / 10;
    timings.longDocumentScrollFrameP95 = Math.round(frames[114]! * 10) / 10;
    expect(timings.longDocumentShown).toBeLessThan(15_000);
    expect(frames[60]!).toBeLessThan(50);
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
