// End to end in Chromium: empty state → sample project → persistence → sorting → Reader with highlights; light and dark screenshots.
import { copyFile, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const dataRows = () => app.page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]');

async function visibleTitles(): Promise<string[]> {
  return dataRows().locator('td:first-child').allInnerTexts();
}

describe('the Library in Chromium', () => {
  it('shows the empty state with both ways in', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { name: 'Your library is empty' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import files…' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Open sample project' }).isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/library$/);
    await page.screenshot({ path: artifact('01-library-empty-light.png') });
  });

  it('loads the sample project into the Library', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => dataRows().count(), { timeout: 20_000 }).toBeGreaterThan(3);
    const count = await dataRows().count();
    expect(await page.getByTestId('library-count').innerText()).toBe(`${count} documents`);
    expect(await page.getByRole('status').innerText()).toMatch(new RegExp(`^${count} documents · \\d+ cities · \\d+ themes · \\d+ coded passages`));
    // Let the success notification go away before the README screenshot.
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    await page.screenshot({ path: artifact('02-library-light.png') });
    // The README's screenshot changes only when asked for, so ordinary test runs leave the checkout clean.
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await copyFile(artifact('02-library-light.png'), new URL('../../docs/screenshot.png', import.meta.url));
    }
  });

  it('keeps the documents after a reload (IndexedDB)', async () => {
    const { page } = app;
    const before = await dataRows().count();
    await page.reload();
    await expect.poll(() => dataRows().count(), { timeout: 20_000 }).toBe(before);
  });

  it('sorts by title in both directions', async () => {
    const { page } = app;
    const header = page.getByRole('columnheader', { name: /Title/ });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await visibleTitles();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await visibleTitles()).toEqual([...ascending].reverse());
  });

  it('moves through rows with the keyboard and opens one in the Reader with its highlights', async () => {
    const { page } = app;
    const first = dataRows().first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focusedTitle = await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent ?? '');
    expect(focusedTitle).toBe((await visibleTitles())[1]);
    await page.screenshot({ path: artifact('03-library-keyboard-focus.png') });

    // Open an interview: speaker turns and coded passages.
    const interview = dataRows().filter({ hasText: 'Interview' }).first();
    const title = await interview.locator('td').first().innerText();
    await interview.click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: title }).isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/reader\/.+/);
    const article = page.getByRole('article', { name: title });
    await expect.poll(() => article.locator('p').count()).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('highlight').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('highlight').first().getAttribute('title')).toBeTruthy();
    expect(await page.getByTestId('theme-legend').locator('li').count()).toBeGreaterThan(0);
    const speakers = await article.locator('p[data-speaker]').count();
    expect(speakers).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('04-reader-light.png') });
  });

  it('shows the report with page markers', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    const report = dataRows().filter({ hasText: /report/i }).first();
    await expect.poll(() => report.count()).toBe(1);
    await report.click();
    await expect.poll(() => page.getByRole('separator', { name: /^Page / }).count()).toBeGreaterThan(1);
    await page.screenshot({ path: artifact('05-reader-report-light.png') });
  });

  it('switches to dark mode and remembers it after a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await page.screenshot({ path: artifact('06-reader-dark.png') });
    await page.goto(`${app.url}/#/library`);
    await page.reload();
    await expect.poll(() => dataRows().count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await page.screenshot({ path: artifact('07-library-dark.png') });
    await page.goto(`${app.url}/#/codebook`);
    await expect.poll(() => page.getByRole('tree').count()).toBe(1);
    await page.screenshot({ path: artifact('08-codebook-dark.png') });
    await page.goto(`${app.url}/#/compare`);
    await expect.poll(() => page.getByRole('heading', { name: 'Compare' }).isVisible()).toBe(true);
    await page.screenshot({ path: artifact('09-compare-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('undoes and redoes from the header, naming the change', async () => {
    const { page } = app;
    const undo = page.getByRole('button', { name: /^Undo: / });
    await expect.poll(() => undo.count()).toBe(1);
    const label = (await undo.getAttribute('aria-label'))!.slice('Undo: '.length);
    await undo.click();
    await expect.poll(() => page.getByRole('button', { name: `Redo: ${label}` }).count()).toBe(1);
    await page.getByRole('button', { name: `Redo: ${label}` }).click();
    await expect.poll(() => page.getByRole('button', { name: `Undo: ${label}` }).count()).toBe(1);
  });

  it('exports the repository as a .comparanda archive download from the Share screen', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/share`);
    const exportButton = page.getByRole('button', { name: 'Export repository archive' });
    await expect.poll(() => exportButton.isVisible()).toBe(true);
    // A repository that holds documents is merged into, never replaced.
    await expect.poll(() => page.getByRole('button', { name: 'Merge an archive into this repository…' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Open as new repository…' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.comparanda$/);
    const saved = artifact(download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    // A zip archive: local file header signature "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await page.screenshot({ path: artifact('13-share-light.png') });
  });

  it('fits a narrow window: the navbar folds behind a menu button and only the table scrolls sideways', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 700, height: 820 });
    await page.goto(`${app.url}/#/library`);
    await expect.poll(() => dataRows().count()).toBeGreaterThan(3);
    expect(await page.getByRole('button', { name: 'Show screens' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // AppShell slides the navbar and main padding for 200 ms after a resize.
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifact('11-library-narrow.png') });
    await page.getByRole('button', { name: 'Show screens' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Codebook/ }).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifact('12-navbar-narrow.png') });
    await page.setViewportSize({ width: 1360, height: 820 });
  });

  it('reported no page errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
