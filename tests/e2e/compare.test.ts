// End to end in Chromium: the sample project's matrix, a cell's quotes, a cell summary seen in the matrix, a collapsed row,
// a theme side by side, co-occurrence, exports (CSV, XLSX, PNG) and the matrix in dark mode; screenshots of each step.
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const matrix = () => app.page.getByTestId('matrix');
const cell = (theme: string, city: string) => app.page.getByRole('button', { name: new RegExp(`^${theme} in ${city}: `) });
const cellValue = (theme: string, city: string) => cell(theme, city).getByTestId('cell-value').innerText();
// The app shell's notifications are not part of this screen: accessibility is checked on the screen and its dialogs.
const SCREEN = '[data-testid="compare-screen"]';
const DIALOG = '[role="dialog"]';
const CHAPTER = 'Housing as the gate to inclusion: a first comparison';
/** The block types of the sample chapter, read with IndexedDB itself. */
const chapterBlockTypes = () =>
  app.page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('comparanda-repository');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('chapters').objectStore('chapters').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { blocks: { type: string }[] }[]).flatMap((c) => c.blocks.map((b) => b.type)));
          };
        };
      }),
  );
const SUMMARY = 'Registration needs a flat: housing opens every other door.';

describe('Compare in Chromium', () => {
  it('shows the matrix of the sample project: cities grouped by country, the codebook as rows, totals', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.getByRole('link', { name: /^Compare/ }).click();
    await expect.poll(() => matrix().isVisible(), { timeout: 10_000 }).toBe(true);
    const cities = await matrix().locator('thead tr:nth-child(2) th').allInnerTexts();
    expect(cities).toEqual(['Vienna', 'Burgas', 'Prague', 'Berlin', 'Bologna']);
    expect(await matrix().locator('thead tr:first-child th').allInnerTexts()).toEqual(['Theme', 'Austria', 'Bulgaria', 'Czechia', 'Germany', 'Italy', 'Total']);
    expect(await cellValue('Housing', 'Vienna')).toBe('3');
    expect(await matrix().locator('tbody tr').last().innerText()).toMatch(/^Total\s+3\s+5\s+6\s+3\s+4\s+20$/);
    await page.screenshot({ path: artifact('compare-01-matrix.png') });
    await expectAccessible(page, 'Compare matrix', SCREEN);
  });

  it('switches the measure', async () => {
    const { page } = app;
    await page.getByTestId('compare-screen').getByText('Share', { exact: true }).click();
    await expect.poll(() => cellValue('Housing', 'Vienna')).toMatch(/^\d+\.\d %$/);
    await page.getByTestId('compare-screen').getByText('Passages', { exact: true }).click();
    await expect.poll(() => cellValue('Housing', 'Vienna')).toBe('3');
  });

  it('filters by document kind and clears the filter', async () => {
    const { page } = app;
    const screen = page.getByTestId('compare-screen');
    await screen.getByRole('textbox', { name: 'Document kinds' }).click();
    await page.getByRole('option', { name: 'Report' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => screen.getByText(/^1 of 6 documents/).isVisible()).toBe(true);
    expect(await cellValue('Housing', 'Vienna')).toBe('·');
    expect(await cellValue('Housing', 'Burgas')).toBe('1');
    await screen.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cellValue('Housing', 'Vienna')).toBe('3');
  });

  it('opens a cell: its quotes link to the Reader at the passage', async () => {
    const { page } = app;
    await cell('Housing', 'Vienna').click();
    const drawer = page.getByRole('dialog', { name: /Housing × Vienna/ });
    await expect.poll(() => drawer.getByTestId('quote').count(), { timeout: 10_000 }).toBe(3);
    const href = await drawer.getByTestId('quote').first().getByRole('link').getAttribute('href');
    expect(href).toMatch(/^#\/reader\/[^/]+\/\d+$/);
    await page.screenshot({ path: artifact('compare-02-cell-quotes.png') });
    await expectAccessible(page, 'Compare cell drawer', DIALOG);
  });

  it('writes a cell summary and shows it in the matrix', async () => {
    const { page } = app;
    const drawer = page.getByRole('dialog', { name: /Housing × Vienna/ });
    await drawer.getByRole('textbox', { name: 'Cell summary' }).fill(SUMMARY);
    await drawer.getByRole('button', { name: 'Save summary' }).click();
    // The first change asks for the coder's name (unless the repository knows it already).
    const coder = page.getByRole('textbox', { name: 'Your name' });
    const saved = drawer.getByText('Saved.');
    await expect.poll(async () => (await coder.isVisible()) || (await saved.isVisible()), { timeout: 10_000 }).toBe(true);
    if (await coder.isVisible()) {
      await coder.fill('E2E Researcher');
      await page.getByRole('button', { name: 'Save name' }).click();
    }
    await expect.poll(() => drawer.getByText('Saved.').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cell('Housing', 'Vienna').getByTestId('cell-summary').innerText(), { timeout: 10_000 }).toBe(SUMMARY);
    await page.screenshot({ path: artifact('compare-03-summary-in-matrix.png') });
  });

  it('collapses a parent theme into rolled-up figures', async () => {
    const { page } = app;
    const rowsBefore = await matrix().locator('tbody tr').count();
    await page.getByRole('button', { name: 'Collapse EU Action Plan areas' }).click();
    await expect.poll(() => matrix().locator('tbody tr').count()).toBe(rowsBefore - 4);
    expect(Number(await cellValue('EU Action Plan areas', 'Prague'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Expand EU Action Plan areas' }).click();
    await expect.poll(() => matrix().locator('tbody tr').count()).toBe(rowsBefore);
  });

  it('opens a theme side by side: a column of quotes per city', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Housing: side by side by city' }).click();
    const drawer = page.getByRole('dialog', { name: /Housing, side by side/ });
    await expect.poll(() => drawer.getByTestId('city-column').count(), { timeout: 10_000 }).toBe(4);
    const columns = await drawer.getByTestId('city-column').locator('h4').allInnerTexts();
    expect(columns).toEqual(['Vienna', 'Burgas', 'Prague', 'Bologna']);
    expect(await drawer.getByTestId('city-column').first().getByTestId('quote').count()).toBe(3);
    await expect.poll(() => drawer.getByText(SUMMARY).isVisible()).toBe(true);
    await page.screenshot({ path: artifact('compare-04-side-by-side.png') });
    await expectAccessible(page, 'Compare side by side', DIALOG);
    await drawer.getByTestId('city-column').first().getByRole('button', { name: 'Add column to chapter' }).click();
    await page.getByRole('menuitem', { name: CHAPTER }).click();
    await expect.poll(() => page.getByText('Added to the chapter').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(chapterBlockTypes, { timeout: 10_000 }).toContain('comparison');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
  });

  it('exports the matrix as CSV, XLSX and PNG', async () => {
    const { page } = app;
    const save = async (item: RegExp) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
    };
    const csv = await save(/^CSV/);
    expect(csv.name).toBe('city-theme-matrix.csv');
    expect(csv.bytes.toString('utf8').split('\r\n')[0]).toBe('Theme — Coded passages,Vienna (AT),Burgas (BG),Prague (CZ),Berlin (DE),Bologna (IT),Total');
    const xlsx = await save(/^Excel/);
    expect([...xlsx.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const png = await save(/\(\.png\)/);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    await writeFile(artifact('compare-07-heatmap-export.png'), png.bytes);
  });

  it('shows theme co-occurrence per city', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Co-occurrence' }).click();
    const table = page.getByTestId('cooccurrence');
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(11);
    await page.getByRole('textbox', { name: 'City' }).click();
    await page.getByRole('option', { name: 'Prague' }).click();
    await expect.poll(() => table.getAttribute('aria-label')).toBe('Theme co-occurrence in Prague');
    await page.screenshot({ path: artifact('compare-05-cooccurrence.png') });
    await expectAccessible(page, 'Compare co-occurrence', SCREEN);
  });

  it('shows the matrix in dark mode', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await expect.poll(() => matrix().isVisible()).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('compare-06-matrix-dark.png') });
    await expectAccessible(page, 'Compare matrix (dark)', SCREEN);
    expect(app.pageErrors).toEqual([]);
  });
});
