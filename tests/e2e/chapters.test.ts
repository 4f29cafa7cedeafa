// End to end in Chromium: sample project → Compare side by side → quotes added to a new chapter → a paragraph written
// and kept over a reload → blocks reordered by button → exported to Word (a .docx download, read back), a drafted chapter
// with heat-map pictures; screenshots of each step.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
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

const SCREEN = '[data-testid="chapters-screen"]';
const TITLE = 'Housing: Vienna and Prague';
const blocks = () => app.page.getByTestId('chapter-block');
const blockTypes = () => blocks().evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-block-type')));

/** A fresh profile has no coder name: the first change asks for it once. */
async function answerCoder(): Promise<void> {
  const coder = app.page.getByRole('textbox', { name: 'Your name' });
  await coder.waitFor({ state: 'visible', timeout: 15_000 });
  await coder.fill('E2E Researcher');
  await app.page.getByRole('button', { name: 'Save name' }).click();
}

describe('Chapters in Chromium', () => {
  it('adds quotes from the side-by-side view of Compare to a new chapter, then to the same chapter', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.getByRole('link', { name: /^Compare/ }).click();
    await page.getByRole('button', { name: 'Housing: side by side by city' }).click({ timeout: 15_000 });
    const drawer = page.getByRole('dialog', { name: /Housing, side by side/ });
    await expect.poll(() => drawer.getByTestId('quote').count(), { timeout: 10_000 }).toBeGreaterThan(2);

    await drawer.getByTestId('quote').nth(0).getByRole('button', { name: 'Add quote to chapter' }).click();
    await page.getByRole('menuitem', { name: 'New chapter…' }).click();
    await answerCoder();
    await page.getByRole('textbox', { name: 'Chapter title' }).fill(TITLE);
    await page.getByRole('button', { name: 'Create and add' }).click();
    await expect.poll(() => page.getByText('Added to the chapter').first().isVisible(), { timeout: 10_000 }).toBe(true);

    const last = drawer.getByTestId('quote').last();
    await last.getByRole('button', { name: 'Add quote to chapter' }).click();
    await page.getByRole('menuitem', { name: TITLE }).click();
    await expect.poll(() => page.getByText('Added to the chapter').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.screenshot({ path: artifact('chapters-01-added-from-compare.png') });
    await page.keyboard.press('Escape');
  });

  it('opens the chapter with its two quotes rendered from their passages', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^Chapters/ }).click();
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    await expect.poll(() => page.getByTestId('chapter-quote').count(), { timeout: 10_000 }).toBe(2);
    expect(await blockTypes()).toEqual(['quote', 'quote']);
    expect(await page.getByTestId('chapter-quote').first().locator('figcaption a').getAttribute('href')).toMatch(/^#\/reader\/[^/]+\/\d+$/);
  });

  it('writes a heading and a paragraph that survive a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add block' }).click();
    await page.getByRole('menuitem', { name: 'Heading' }).click();
    await expect.poll(() => blocks().count()).toBe(3);
    await page.getByRole('textbox', { name: /^Heading, level 1/ }).fill('Wohnen: „Wartezeiten“ in Wien und Praha');
    await page.getByRole('button', { name: 'Add block' }).click();
    await page.getByRole('menuitem', { name: 'Paragraph' }).click();
    await expect.poll(() => blocks().count()).toBe(4);
    const editor = page.getByRole('textbox', { name: 'Paragraph text' });
    await editor.click();
    await page.keyboard.type('Both cities make newcomers wait ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('months');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type(' for a flat.');
    // Autosave writes a moment after typing stops.
    await page.waitForTimeout(1_200);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Paragraph text' }).innerText(), { timeout: 15_000 }).toBe('Both cities make newcomers wait months for a flat.');
    expect(await page.getByRole('textbox', { name: 'Paragraph text' }).locator('strong').innerText()).toBe('months');
    expect(await page.getByRole('textbox', { name: /^Heading, level 1/ }).inputValue()).toBe('Wohnen: „Wartezeiten“ in Wien und Praha');
  });

  it('reorders blocks with the move buttons: the heading goes first, the paragraph second', async () => {
    const { page } = app;
    const steps: [string, string[]][] = [
      ['Move Heading 3 of 4 up', ['quote', 'heading', 'quote', 'paragraph']],
      ['Move Heading 2 of 4 up', ['heading', 'quote', 'quote', 'paragraph']],
      ['Move Paragraph 4 of 4 up', ['heading', 'quote', 'paragraph', 'quote']],
      ['Move Paragraph 3 of 4 up', ['heading', 'paragraph', 'quote', 'quote']],
    ];
    for (const [button, order] of steps) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => blockTypes(), { timeout: 10_000 }).toEqual(order);
    }
    await expect.poll(() => blockTypes(), { timeout: 10_000 }).toEqual(['heading', 'paragraph', 'quote', 'quote']);
    await page.screenshot({ path: artifact('chapters-02-composer.png'), fullPage: true });
    await expectAccessible(page, 'Chapter composer', SCREEN);
  });

  it('exports to Word: a .docx download with the heading, the paragraph, the quotes in Quote style and their footnotes', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await page.screenshot({ path: artifact('chapters-03-export-options.png') });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Housing - Vienna and Prague.docx');
    const bytes = await readFile((await download.path())!);
    const files = unzipSync(new Uint8Array(bytes));
    const body = strFromU8(files['word/document.xml']!);
    expect(body.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(2);
    expect(body.match(/<w:footnoteReference /g)).toHaveLength(2);
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)*Wohnen: „Wartezeiten“ in Wien und Praha<\/h1>/);
    expect(html).toContain('<p>Both cities make newcomers wait <strong>months</strong> for a flat.</p>');
    const firstHeading = html.indexOf('Wohnen');
    const paragraph = html.indexOf('Both cities');
    expect(firstHeading).toBeLessThan(paragraph);
    expect(strFromU8(files['word/footnotes.xml']!)).toMatch(/\(interview\)|\(report\)|\(focus group\)/);
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });

  const addHit = async (query: string) => {
    const { page } = app;
    await page.getByRole('link', { name: /^Search/ }).click();
    await page.getByRole('textbox', { name: /Search the documents/ }).fill(query);
    // The previous answer stays on screen until the new one arrives: wait for a hit on this query.
    await expect.poll(() => page.getByTestId('hit').first().innerText().catch(() => ''), { timeout: 20_000 }).toContain(query);
    expect(await page.getByTestId('hit').count()).toBe(1);
    await page.getByTestId('hit').first().getByRole('button', { name: 'Add to chapter' }).click();
    await page.getByRole('menuitem', { name: TITLE }).click();
  };
  const quotesInChapter = async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^Chapters/ }).click();
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    return page.getByTestId('chapter-quote');
  };

  it('adds a search hit on an already coded passage as a quote of that passage', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const codedBefore = await page.evaluate(() => document.body.innerText.match(/(\d+) coded passages/)?.[1]);
    await addHit('Krankenpflegerin');
    await expect.poll(() => page.getByText('Added to the chapter').first().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Quote this passage' }).count()).toBe(0);
    const quotes = await quotesInChapter();
    await expect.poll(() => quotes.count(), { timeout: 10_000 }).toBe(3);
    expect(await quotes.last().innerText()).toContain('Krankenpflegerin');
    expect(await page.evaluate(() => document.body.innerText.match(/(\d+) coded passages/)?.[1])).toBe(codedBefore);
  });

  it('adds a search hit on an uncoded passage: it is coded with a chosen theme, then quoted', async () => {
    const { page } = app;
    await addHit('vietnamštinu');
    const dialog = page.getByRole('dialog', { name: 'Quote this passage' });
    await dialog.getByRole('textbox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: 'Language learning' }).click();
    await page.screenshot({ path: artifact('chapters-05-search-hit-theme.png') });
    await dialog.getByRole('button', { name: 'Code and quote' }).click();
    await expect.poll(() => page.getByText('Added to the chapter').first().isVisible(), { timeout: 10_000 }).toBe(true);
    const quotes = await quotesInChapter();
    await expect.poll(() => quotes.count(), { timeout: 10_000 }).toBe(4);
    expect(await quotes.last().innerText()).toContain('vietnamštinu');
    await page.screenshot({ path: artifact('chapters-06-four-quotes.png'), fullPage: true });
  });

  it('drafts a chapter from the matrix: a table, then a section per theme with quotes per city', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Draft from matrix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a chapter from the matrix' });
    await dialog.getByRole('textbox', { name: 'Chapter title' }).fill('Housing drafted');
    await dialog.getByRole('textbox', { name: /Themes \(one section each\)/ }).click();
    await page.getByRole('option', { name: 'Housing' }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: artifact('chapters-07-draft-dialog.png') });
    await dialog.getByRole('button', { name: 'Draft chapter' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Housing drafted' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await blockTypes()).slice(0, 2), { timeout: 10_000 }).toEqual(['matrix', 'heading']);
    expect((await blockTypes()).filter((t) => t === 'quote').length).toBeGreaterThan(2);
    await expect.poll(() => page.getByRole('table').first().locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: artifact('chapters-08-drafted.png') });
  });

  it('exports the drafted chapter with heat-map pictures: the matrix table followed by its heat map as a PNG', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const option = page.getByRole('checkbox', { name: 'Heat-map pictures' });
    expect(await option.isChecked()).toBe(false);
    await option.check();
    await page.screenshot({ path: artifact('chapters-09-export-heatmaps.png') });
    await expectAccessible(page, 'Export to Word options', '.mantine-Popover-dropdown');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Housing drafted.docx');
    await download.saveAs(artifact('chapters-09-heatmaps.docx'));
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const png = files[media[0]!]!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
    const body = strFromU8(files['word/document.xml']!);
    expect(body.indexOf('<w:drawing>')).toBeGreaterThan(body.indexOf('</w:tbl>'));
    expect(body).toContain('Heat map of Table 1');
  });

  it('shows the composer in dark mode', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('chapters-04-composer-dark.png'), fullPage: true });
    await expectAccessible(page, 'Chapter composer (dark)', SCREEN);
    expect(app.pageErrors).toEqual([]);
  });
});
