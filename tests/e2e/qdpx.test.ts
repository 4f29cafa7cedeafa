// End to end in Chromium: the sample project exported as .qdpx, imported into a fresh profile (same documents and themes),
// and the loss report of a real MAXQDA project, looked at in a screenshot.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { artifact, openApp, type AppSession } from './browser';
import { craftedPackage } from '../unit/qdpx/crafted-project';

let app: AppSession;
const PROJECT = artifact('qdpx-exported.qdpx');
const MAXQDA = '/work/shared/refi-qda/samples/maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx';
const CRAFTED = artifact('qdpx-crafted.qdpx');
let titles: string[] = [];

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const rows = (page: Page) => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]');

async function freshProfile(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(app.url);
  return page;
}

async function goTo(page: Page, name: RegExp, heading: string): Promise<void> {
  await page.getByRole('link', { name }).first().click();
  await expect.poll(() => page.getByRole('heading', { name: heading, level: 2 }).isVisible(), { timeout: 10_000 }).toBe(true);
}

/** Picks `file` through the Import button; answers the coder question first when it is asked (a fresh profile has no name yet). */
async function importProject(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import REFI-QDA project…' }).click();
  const coder = page.getByRole('dialog', { name: 'Who is coding?' });
  const first = await Promise.race([
    chooser.then(() => 'chooser'),
    coder.waitFor({ state: 'visible', timeout: 30_000 }).then(() => 'coder', () => 'none'),
  ]);
  if (first === 'coder') {
    await coder.getByLabel('Your name').fill('Eva Importer');
    await coder.getByRole('button', { name: 'Save name' }).click();
  }
  await (await chooser).setFiles(file);
}

async function documentRows(page: Page): Promise<string[]> {
  await goTo(page, /^Library/, 'Library');
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);
  // Whole rows: title, kind, cities, language and size must all come back (the import date is today in both).
  return (await rows(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).sort();
}

describe('REFI-QDA projects in the browser', { timeout: 180_000 }, () => {
  it('exports the sample project as a .qdpx download', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);
    titles = await documentRows(page);
    await goTo(page, /^Share/, 'Share');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export REFI-QDA project (.qdpx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
    await download.saveAs(PROJECT);
  });

  it('a fresh profile imports it: the same documents and themes appear, and the report says nothing was left out', async () => {
    const page = await freshProfile();
    await goTo(page, /^Share/, 'Share');
    await importProject(page, PROJECT);
    const report = page.getByRole('dialog', { name: 'Imported qdpx-exported.qdpx' });
    await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await report.innerText()).toContain('6 new documents');
    expect(await report.innerText()).toContain('Nothing was left out.');
    await report.getByRole('button', { name: 'Done' }).click();
    expect(await documentRows(page)).toEqual(titles);
    await goTo(page, /^Codebook/, 'Codebook');
    for (const theme of ['Housing', 'Language learning', 'Cultural mediators']) {
      await expect.poll(() => page.getByText(theme, { exact: true }).first().isVisible(), { timeout: 10_000 }).toBe(true);
    }
    // The worker's import is one change in the history: Undo takes the whole project back.
    const undo = page.getByRole('button', { name: /^Undo: Imported the REFI-QDA project "Sample project/ });
    await expect.poll(() => undo.isEnabled(), { timeout: 10_000 }).toBe(true);
    await undo.click();
    await goTo(page, /^Library/, 'Library');
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBe(0);
    await page.context().close();
  });

  it.skipIf(!existsSync(MAXQDA))('importing a real MAXQDA project shows its loss report (screenshot)', async () => {
    const page = await freshProfile();
    await goTo(page, /^Share/, 'Share');
    await importProject(page, MAXQDA);
    const report = page.getByRole('dialog', { name: /^Imported maxqda24-ICLS/ });
    await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
    const table = report.getByRole('table', { name: 'Items not imported' });
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringContaining('Set "ICLS 2024" (5 documents)'),
      expect.stringContaining('Set "ICLS 2025" (5 documents)'),
    ]);
    expect(await report.innerText()).toContain('10 new documents');
    expect(await report.innerText()).toContain('307 new themes');
    await expectAccessible(page, 'REFI-QDA import report');
    await page.screenshot({ path: artifact('qdpx-loss-report.png') });
    await report.getByRole('button', { name: 'Done' }).click();

    // Another tool's project with pictures, recordings, PDF areas, links and a graph: every one is listed (dark mode).
    await page.emulateMedia({ colorScheme: 'dark' });
    await writeFile(CRAFTED, craftedPackage());
    await importProject(page, CRAFTED);
    const crafted = page.getByRole('dialog', { name: 'Imported qdpx-crafted.qdpx' });
    await expect.poll(() => crafted.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await crafted.getByRole('table', { name: 'Items not imported' }).locator('tbody tr').count()).toBe(11);
    await page.screenshot({ path: artifact('qdpx-loss-report-dark.png') });
    await page.context().close();
  });
});
