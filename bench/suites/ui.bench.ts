// UI responsiveness with a 1,000-document repository in Chromium: main-thread work (long tasks, Event Timing) while
// scrolling and filtering the Library, opening a document, switching screens, typing a search, scrolling its hits and
// its keyword-in-context lines. Needs `npx vite build`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { exportArchive } from '../../shared/archive';
import { RepositoryDb } from '../../shared/db';
import { sha256Hex } from '../../shared/hash';
import type { City, Document, Segment, Theme } from '../../shared/model';
import { SearchIndex } from '../../shared/search/search-index';
import { openApp } from '../../tests/e2e/browser';
import { generateTranscripts } from '../corpus/generate';
import type { BenchFigure, BenchSuite } from '../run';

const COUNT = Number(process.env.UI_BENCH_DOCUMENTS ?? 1000);
const WORDS = Number(process.env.UI_BENCH_WORDS ?? 2000);
const NOW = new Date(0).toISOString();

/** The generated corpus as a repository (one city each, five coded passages per document, the search index built), archived. */
async function benchmarkArchive(): Promise<{ bytes: Uint8Array }> {
  const transcripts = generateTranscripts(COUNT, WORDS);
  const db = new RepositoryDb(`bench-ui-${Date.now()}`, { indexedDB, IDBKeyRange });
  const cityNames = [...new Set(transcripts.map((t) => t.city))];
  const cities: City[] = cityNames.map((name, i) => ({ id: `city-${i}`, name, country: '', aliases: [], attributes: {}, createdAt: NOW, updatedAt: NOW }));
  const themes: Theme[] = ['Housing', 'Employment', 'Health', 'Education'].map((name, i) => ({
    id: `theme-${i}`, parentId: null, name, colour: '#336699', description: '', order: i, createdAt: NOW, updatedAt: NOW,
  }));
  const documents: Document[] = [];
  const segments: Segment[] = [];
  for (const [i, t] of transcripts.entries()) {
    const hash = await sha256Hex(t.text);
    const id = `doc-${i}`;
    documents.push({
      id, title: t.title, kind: 'interview', sourceFormat: 'txt', language: t.language, textLength: t.text.length, textHash: hash, sha256: hash,
      sourceId: null, pages: [], turns: [], headings: [], cityIds: [`city-${cityNames.indexOf(t.city)}`], themeIds: [], attributes: {}, metadata: {},
      importedFrom: `${t.title}.txt`, size: t.text.length, createdAt: NOW, updatedAt: NOW,
    });
    for (let s = 0; s < 5; s++) {
      const start = Math.floor((t.text.length / 5) * s);
      segments.push({ id: `seg-${i}-${s}`, documentId: id, start, end: start + 200, themeIds: [`theme-${s % 4}`], cityId: null, memo: '', coder: 'Ann', createdAt: NOW, updatedAt: NOW });
    }
  }
  await db.transaction('rw', [db.documents, db.texts, db.cities, db.themes, db.segments], async () => {
    await db.cities.bulkAdd(cities);
    await db.themes.bulkAdd(themes);
    await db.documents.bulkAdd(documents);
    await db.texts.bulkAdd(transcripts.map((t, i) => ({ id: `doc-${i}`, text: t.text })));
    await db.segments.bulkAdd(segments);
  });
  // The archive carries the search index, as one exported from the app does: the page does not rebuild it.
  await SearchIndex.open(db);
  const bytes = await exportArchive(db, { appVersion: 'bench' });
  db.close();
  return { bytes };
}

interface Window {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
  frames: number[];
}

/**
 * Starts recording long tasks, Event Timing entries (≥ 16 ms) and animation frames in the page. A string, not a
 * function: tsx would wrap a function's inner helpers in a `__name` call the page does not have.
 */
const INSTRUMENT = `(() => {
  const log = { longTasks: [], events: [], frames: [] };
  globalThis.perfLog = log;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) log.events.push({ name: e.name, start: e.startTime, duration: e.duration }); }).observe({ type: 'event', durationThreshold: 16 });
  const frame = (t) => { log.frames.push(t); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

async function instrument(page: Page): Promise<void> {
  await page.evaluate(INSTRUMENT);
}

/** Runs `action` and reports the main-thread work inside it: longest task, long-task total, slowest input-to-paint. */
async function measure(page: Page, label: string, action: () => Promise<void>, report: (f: BenchFigure) => void, frames = false): Promise<void> {
  const from = await page.evaluate(() => performance.now());
  await action();
  // Entries are delivered after the frame that ends them.
  await page.waitForTimeout(400);
  const log = await page.evaluate((from) => {
    const w = (globalThis as unknown as { perfLog: Window }).perfLog;
    return {
      tasks: w.longTasks.filter((t) => t.start + t.duration >= from),
      events: w.events.filter((e) => e.start >= from),
      frames: w.frames.filter((t) => t >= from),
      now: performance.now(),
    };
  }, from);
  const longest = Math.max(0, ...log.tasks.map((t) => t.duration));
  const total = log.tasks.reduce((n, t) => n + t.duration, 0);
  const slowest = log.events.reduce((worst, e) => (e.duration > worst.duration ? e : worst), { name: 'none', duration: 0 });
  report({ measure: `${label}: longest main-thread task`, value: longest, unit: 'ms', note: `${log.tasks.length} long tasks, ${total.toFixed(0)} ms in all, over ${(log.now - from).toFixed(0)} ms` });
  report({ measure: `${label}: slowest input to next paint`, value: slowest.duration, unit: 'ms', note: slowest.name === 'none' ? 'no event over 16 ms' : `${slowest.name} (Event Timing)` });
  if (frames && log.frames.length > 2) {
    const gaps = log.frames.slice(1).map((t, i) => t - log.frames[i]!).sort((a, b) => a - b);
    const p95 = gaps[Math.floor(gaps.length * 0.95)]!;
    report({ measure: `${label}: frame interval p95`, value: p95, unit: 'ms', note: `${gaps.length} frames, worst ${gaps.at(-1)!.toFixed(0)} ms` });
  }
}

export const uiSuite: BenchSuite = {
  name: 'ui',
  async run(report) {
    if (!existsSync(new URL('../../dist/renderer/index.html', import.meta.url))) {
      console.log('The renderer is not built: run `npx vite build` first.');
      return;
    }
    let started = performance.now();
    const { bytes } = await benchmarkArchive();
    report({ measure: 'benchmark archive built (Node)', value: (performance.now() - started) / 1000, unit: 's', note: `${COUNT} documents × ~${WORDS} words, ${(bytes.byteLength / 1e6).toFixed(1)} MB` });
    const folder = await mkdtemp(join(tmpdir(), 'comparanda-ui-bench-'));
    const file = join(folder, 'bench.comparanda');
    await writeFile(file, bytes);
    const app = await openApp();
    const { page } = app;
    try {
      await page.goto(`${app.url}#/share`);
      await page.getByText('This repository is empty').waitFor({ timeout: 60_000 });
      started = performance.now();
      const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
      await page.getByRole('button', { name: /^Open as new repository/ }).click();
      await (await chooser).setFiles(file);
      const confirm = page.getByRole('dialog').getByRole('button', { name: /^Open/ });
      if (await confirm.isVisible({ timeout: 3000 }).catch(() => false)) await confirm.click();
      await page.goto(`${app.url}#/library`);
      await page.getByTestId('library-count').filter({ hasText: `${COUNT.toLocaleString('en')} documents` }).waitFor({ timeout: 300_000 });
      report({ measure: 'archive opened in the page, Library listing it', value: (performance.now() - started) / 1000, unit: 's' });
      await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {});
      await instrument(page);

      const grid = page.getByRole('grid', { name: 'Documents' });
      await measure(page, 'Library scroll (40 wheel steps)', async () => {
        await grid.hover();
        for (let i = 0; i < 40; i++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(30);
        }
      }, report, true);

      const filter = page.getByRole('textbox', { name: 'Filter by title' });
      await measure(page, 'Library filter (typing "Interview 12")', async () => {
        await filter.pressSequentially('Interview 12', { delay: 60 });
        await page.getByTestId('library-count').filter({ hasText: /^\d+ of/ }).waitFor({ timeout: 10_000 }).catch(() => {});
      }, report);
      // Back to the top of the whole list: the first rows are rendered again.
      await filter.fill('');
      await grid.evaluate((el) => {
        for (let node: Element | null = el; node; node = node.parentElement) if (node.scrollHeight > node.clientHeight) node.scrollTop = 0;
      });
      await page.waitForTimeout(500);
      const row = grid.locator('tbody tr[aria-rowindex]').first();
      const title = (await row.locator('td').first().innerText()).trim();

      await measure(page, 'opening a document from the Library', async () => {
        await row.click();
        await page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 30_000 });
      }, report);

      const nav = page.getByRole('navigation', { name: 'Screens' });
      for (const [screen, ready] of [
        ['Codebook', () => page.getByRole('tab', { name: 'Themes' }).waitFor()],
        ['Memos', () => page.getByRole('heading', { level: 2 }).first().waitFor()],
        ['Library', () => grid.waitFor()],
        ['Search', () => page.getByRole('textbox', { name: /Search the documents/ }).waitFor()],
      ] as const) {
        await measure(page, `switching to ${screen}`, async () => {
          await nav.getByRole('link', { name: new RegExp(`^${screen}`) }).click();
          await ready();
        }, report);
      }

      const box = page.getByRole('textbox', { name: /Search the documents/ });
      const query = 'housing';
      await measure(page, `typing a search ("${query}")`, async () => {
        await box.pressSequentially(query, { delay: 80 });
        await page.waitForFunction(
          (q) => [...document.querySelectorAll<HTMLElement>('[data-testid="result-count"]')].some((el) => el.dataset.query === q),
          query,
          { timeout: 120_000 },
        );
      }, report);
      // Hits past the first page render as the list scrolls: that work is measured here, not hidden.
      const results = page.getByRole('list', { name: 'Results' });
      const renderedHits = () => page.getByTestId('hit').count();
      const before = await renderedHits();
      await measure(page, 'scrolling the search results (40 wheel steps)', async () => {
        await results.hover();
        for (let i = 0; i < 40; i++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(30);
        }
      }, report, true);
      report({ measure: 'search hits rendered before and after scrolling', value: await renderedHits(), unit: 'hits', note: `${before} before scrolling` });

      const lines = page.getByTestId('kwic-line');
      await measure(page, 'opening Keyword in context', async () => {
        await page.getByRole('tab', { name: 'Keyword in context' }).click();
        await lines.first().waitFor({ timeout: 60_000 });
      }, report);
      await measure(page, 'scrolling the concordance (40 wheel steps)', async () => {
        await lines.first().hover();
        for (let i = 0; i < 40; i++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(30);
        }
      }, report, true);
      const total = (await page.getByTestId('kwic-count').count()) > 0 ? await page.getByTestId('kwic-count').innerText() : 'count not shown';
      report({ measure: 'concordance lines rendered after scrolling', value: await lines.count(), unit: 'lines', note: total });
      if (app.pageErrors.length > 0) console.log('Page errors:', app.pageErrors.slice(0, 5));
    } finally {
      await app.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
};
