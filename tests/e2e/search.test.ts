// End to end in Chromium: the sample project searched with a phrase and a city filter, a hit opened in the Reader,
// keyword in context, all hits coded with a theme and seen in the Reader, then undone; typing-to-results time measured.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const PHRASE_QUERY = '"social housing" city:Vienna';
const WIDE_QUERY = 'housing city:Vienna';
const THEME = 'Cultural mediators';

const queryBox = () => app.page.getByRole('textbox', { name: /Search the documents/ });
const hits = () => app.page.getByTestId('hit');

/** How many search shards the repository database holds, read with IndexedDB itself. */
const storedShards = () =>
  app.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('comparanda-repository');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('searchShards').objectStore('searchShards').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );

/** Types a query and returns the milliseconds until the result count shows the new query's answer. */
async function typeAndTime(query: string): Promise<number> {
  const { page } = app;
  await queryBox().fill('');
  const started = Date.now();
  await queryBox().pressSequentially(query, { delay: 0 });
  const typed = Date.now();
  await page.waitForFunction(
    (q) => [...document.querySelectorAll<HTMLElement>('[data-testid="result-count"]')].some((el) => el.dataset.query === q),
    query,
    { timeout: 20_000, polling: 'raf' },
  );
  const done = Date.now();
  console.info(`search "${query}": typing ${typed - started} ms, last key to results ${done - typed} ms`);
  return done - typed;
}

describe('search in Chromium', () => {
  it('opens the sample project and the Search screen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    // The search worker builds the index after the sample project arrives, before Search is opened.
    await expect.poll(storedShards, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect.poll(() => queryBox().isVisible()).toBe(true);
  });

  it('shows a malformed query with a caret and runs no search', async () => {
    const { page } = app;
    await queryBox().fill('"social housing');
    await expect.poll(() => page.getByTestId('query-caret').isVisible()).toBe(true);
    expect(await page.getByTestId('query-caret').innerText()).toMatch(/^"social housing\n\^$/);
    expect(await page.getByTestId('result-count').count()).toBe(0);
    await page.screenshot({ path: artifact('search-01-parse-error.png') });
  });

  it('finds the phrase in Vienna with highlighted words, the speaker and the city', async () => {
    const { page } = app;
    const ms = await typeAndTime(PHRASE_QUERY);
    expect(ms).toBeLessThan(2000);
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    const first = hits().first();
    expect((await first.locator('mark').allInnerTexts()).map((t) => t.toLowerCase())).toEqual(['social housing']);
    expect(await first.getByTestId('hit-location').innerText()).toContain('Interviewer');
    const group = page.getByRole('listitem').first();
    expect(await group.innerText()).toContain('Vienna');
    await page.screenshot({ path: artifact('search-02-hits.png') });
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('search-02-hits-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('narrows by a facet click', async () => {
    const { page } = app;
    await queryBox().fill('housing');
    await expect.poll(() => page.getByRole('button', { name: /^Only Burgas/ }).count(), { timeout: 10_000 }).toBe(1);
    const before = Number((await page.getByTestId('result-count').innerText()).split(' ')[0]);
    await page.getByRole('button', { name: /^Only Burgas/ }).click();
    expect(await queryBox().inputValue()).toBe('housing city:"Burgas"');
    await expect.poll(async () => Number((await page.getByTestId('result-count').innerText()).split(' ')[0])).toBeLessThan(before);
    await page.screenshot({ path: artifact('search-03-facet.png') });
  });

  it('opens a hit in the Reader at its passage, and comes back', async () => {
    const { page } = app;
    await typeAndTime(PHRASE_QUERY);
    await hits().first().getByRole('button', { name: /Open in the Reader/ }).click();
    await expect.poll(() => page.url()).toMatch(/#\/reader\/[^/]+\/\d+$/);
    await expect.poll(() => page.locator('[data-search-hit]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-search-hit]').innerText()).toContain('social housing');
    expect(await page.locator('[data-search-hit]').isVisible()).toBe(true);
    await page.screenshot({ path: artifact('search-04-reader-at-hit.png') });
    await page.goBack();
    await expect.poll(() => queryBox().inputValue()).toBe(PHRASE_QUERY);
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
  });

  it('shows keyword in context, sortable', async () => {
    const { page } = app;
    await typeAndTime(WIDE_QUERY);
    await page.getByRole('tab', { name: 'Keyword in context' }).click();
    await expect.poll(() => page.getByTestId('kwic-line').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    const keywords = await page.getByTestId('kwic-line').locator('td:nth-child(2)').allInnerTexts();
    expect(keywords.every((k) => k.toLowerCase() === 'housing')).toBe(true);
    await page.getByText('Right word').click();
    const firstRightWords = async () =>
      (await page.getByTestId('kwic-line').locator('td:nth-child(3)').allInnerTexts()).map((t) => (t.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase());
    await expect.poll(async () => {
      const words = await firstRightWords();
      return words.join('|') === [...words].sort((a, b) => a.localeCompare(b)).join('|');
    }).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('search-05-kwic.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('keyword-in-context.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('document,page,time,speaker,offset,left,keyword,right');
    expect(rows.length).toBe((await page.getByTestId('kwic-line').count()) + 1);
    expect(rows.slice(1).every((r) => r.startsWith('"Interview with a housing official, Vienna"') && /,housing,/.test(r))).toBe(true);
  });

  it('codes all hits with a theme, sees them in the Reader, and undoes in one step', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Hits' }).click();
    const total = Number((await page.getByTestId('result-count').innerText()).split(' ')[0]);
    await page.getByRole('button', { name: 'Code all hits…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code all hits' });
    await dialog.getByRole('textbox', { name: 'Theme' }).fill(THEME);
    await dialog.getByRole('option', { name: THEME }).click();
    await dialog.getByText('The sentence').click();
    await page.screenshot({ path: artifact('search-06-code-all.png') });
    await dialog.getByRole('button', { name: `Code ${total} hit${total === 1 ? '' : 's'}` }).click();
    const who = page.getByRole('dialog', { name: 'Who is coding?' });
    await expect.poll(async () => (await who.isVisible()) || !(await dialog.isVisible())).toBe(true);
    if (await who.isVisible()) {
      await who.getByLabel('Your name').fill('Ada Researcher');
      await who.getByRole('button', { name: 'Save name' }).click();
    }
    await expect.poll(() => page.getByText('Hits coded').isVisible(), { timeout: 10_000 }).toBe(true);

    await hits().first().getByRole('button', { name: /Open in the Reader/ }).click();
    const coded = page.locator(`mark[data-start][title*="${THEME}"]`);
    await expect.poll(() => coded.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1700);
    await page.screenshot({ path: artifact('search-07-coded-in-reader.png') });
    await page.getByRole('button', { name: /^Undo: Coded hits of/ }).click();
    await expect.poll(() => coded.count()).toBe(0);
  });

  it('saves the search and re-runs it from the sidebar', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^Search/ }).click();
    await page.getByRole('button', { name: 'Save search' }).click();
    await page.getByLabel('Name of the search').fill('Vienna housing');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('button', { name: 'Saved search Vienna housing' });
    await expect.poll(() => saved.count()).toBe(1);
    await queryBox().fill('integration');
    await saved.click();
    await expect.poll(() => queryBox().inputValue()).toBe(WIDE_QUERY);
    await page.screenshot({ path: artifact('search-08-saved.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('finds a file imported afterwards (the import worker stores it, the search worker picks it up)', async () => {
    const { page } = app;
    const folder = await mkdtemp(join(tmpdir(), 'comparanda-search-'));
    const path = join(folder, 'harbour-notes.txt');
    await writeFile(path, 'Field notes from the harbour.\n\nThe zyxquartz committee met in the port office on Monday.\n');
    await page.getByRole('link', { name: /^Library/ }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles([path]);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor({ timeout: 30_000 });
    await report.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: /^Search/ }).click();
    await typeAndTime('zyxquartz');
    expect(await page.getByTestId('result-count').innerText()).toBe('1 passage in 1 document');
    expect(await hits().first().locator('mark').innerText()).toBe('zyxquartz');
    await rm(folder, { recursive: true, force: true });
    expect(app.pageErrors).toEqual([]);
  });
});
