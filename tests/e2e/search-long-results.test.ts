// End to end in Chromium: a search with more hits than the first page renders the rest as the researcher scrolls or
// moves down with the arrow keys; the screen stays accessible, in light and dark, with the long list.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;
let folder: string;

/** Paragraphs in the imported notes; each names the lighthouse once, so each is a hit. */
const PARAGRAPHS = 120;
/** The Search screen's first page of hits (HITS_PAGE in ResultsList.tsx). */
const FIRST_PAGE = 30;

beforeAll(async () => {
  app = await openApp();
  folder = await mkdtemp(join(tmpdir(), 'comparanda-long-search-'));
});

afterAll(async () => {
  await app?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const queryBox = () => app.page.getByRole('textbox', { name: /Search the documents/ });
const hits = () => app.page.getByTestId('hit');

async function scrollResultsToTop(): Promise<void> {
  await app.page.getByRole('list', { name: 'Results' }).evaluate((list) => list.closest('.mantine-ScrollArea-viewport')!.scrollTo({ top: 0 }));
  await app.page.waitForTimeout(300);
}

describe('long search results in Chromium', () => {
  it('imports notes with many hits into the sample project', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    const path = join(folder, 'lighthouse-notes.txt');
    const text = Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i + 1} of the field notes: the lighthouse keeper talked about the rent of flat ${i + 1}.`);
    await writeFile(path, `${text.join('\n\n')}\n`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles([path]);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor({ timeout: 30_000 });
    await report.getByRole('button', { name: 'Done' }).click();
  });

  it('shows the first page of hits at once and the rest as the results scroll', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^Search/ }).click();
    await queryBox().fill('lighthouse');
    await expect.poll(() => page.getByTestId('result-count').getAttribute('data-query'), { timeout: 20_000 }).toBe('lighthouse');
    expect(await page.getByTestId('result-count').innerText()).toBe(`${PARAGRAPHS} passages in 1 document`);
    expect(await hits().count()).toBe(FIRST_PAGE);
    await page.screenshot({ path: artifact('search-long-01-first-page.png') });

    const results = page.getByRole('list', { name: 'Results' });
    await results.hover();
    for (let step = 0; step < 80 && (await hits().count()) < PARAGRAPHS; step++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    await expect.poll(() => hits().count(), { timeout: 10_000 }).toBe(PARAGRAPHS);
    // Hits are best first; every paragraph is there once, the last ones included.
    const numbers = (await hits().getByRole('button', { name: /^Open in the Reader/ }).allInnerTexts()).map((t) => Number(/Paragraph (\d+)/.exec(t)?.[1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: PARAGRAPHS }, (_, i) => i + 1));
    expect(await page.getByTestId('more-hits').count()).toBe(0);
    await page.screenshot({ path: artifact('search-long-02-scrolled.png') });
    // Checked from the top, with every hit rendered: axe reads a hit cut by the pane's upper edge (its marked words
    // hidden, the rest of its text not) as one whose visible text differs from its name.
    await scrollResultsToTop();
    expect(await hits().count()).toBe(PARAGRAPHS);
    await expectAccessible(page, 'Search with every hit rendered');
  });

  it('moves down the hits with the arrow key past the first page, and opens the focused hit in the Reader', async () => {
    const { page } = app;
    await queryBox().fill('lighthouse keeper');
    await expect.poll(() => page.getByTestId('result-count').getAttribute('data-query'), { timeout: 20_000 }).toBe('lighthouse keeper');
    expect(await hits().count()).toBe(FIRST_PAGE);
    await hits().first().getByRole('button', { name: /^Open in the Reader/ }).focus();
    for (let i = 0; i < FIRST_PAGE + 4; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => hits().count()).toBeGreaterThan(FIRST_PAGE);
    const focused = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('[data-hit-open]')];
      return { index: buttons.indexOf(document.activeElement!), text: (document.activeElement as HTMLElement).innerText };
    });
    expect(focused.index).toBe(FIRST_PAGE + 4);
    const paragraph = /Paragraph (\d+)/.exec(focused.text)![1];
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/reader\/[^/]+\/\d+$/);
    await expect.poll(() => page.locator('[data-search-hit]').count(), { timeout: 10_000 }).toBe(1);
    // The Reader marks the paragraph of the hit that had the focus.
    expect(await page.locator('[data-search-hit]').innerText()).toContain(`Paragraph ${paragraph} of the field notes: the lighthouse keeper`);
    await page.goBack();
    await expect.poll(() => queryBox().inputValue()).toBe('lighthouse keeper');
  });

  it('renders the concordance lines near the view, and the last ones when the pane scrolls to its end', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Keyword in context' }).click();
    await expect.poll(() => page.getByTestId('kwic-count').innerText(), { timeout: 10_000 }).toBe(`${PARAGRAPHS * 2} lines`);
    const rendered = () => page.getByTestId('kwic-line').count();
    expect(await rendered()).toBeLessThan(PARAGRAPHS * 2);
    const last = page.locator(`[data-testid="kwic-line"][aria-rowindex="${PARAGRAPHS * 2 + 1}"]`);
    expect(await last.count()).toBe(0);
    await page.getByTestId('kwic-line').first().hover();
    for (let step = 0; step < 40 && (await last.count()) === 0; step++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(50);
    }
    await expect.poll(() => last.count()).toBe(1);
    expect(await rendered()).toBeLessThan(PARAGRAPHS * 2);
    // In document order the last line is the keeper of the last paragraph.
    expect(await last.locator('mark').innerText()).toBe('keeper');
    expect(await last.innerText()).toContain(`flat ${PARAGRAPHS}.`);
    await page.screenshot({ path: artifact('search-long-03-kwic-end.png') });
  });

  it('looks right in dark mode with a long list and a long concordance', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('search-long-04-kwic-dark.png') });
    await expectAccessible(page, 'Keyword in context in dark mode');
    await page.getByRole('tab', { name: 'Hits' }).click();
    await expect.poll(() => hits().count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Back at the top: the concordance left the shared pane scrolled (see above about hits cut by the pane's edge).
    await scrollResultsToTop();
    await page.screenshot({ path: artifact('search-long-05-hits-dark.png') });
    await expectAccessible(page, 'Search in dark mode');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(app.pageErrors).toEqual([]);
  });
});
