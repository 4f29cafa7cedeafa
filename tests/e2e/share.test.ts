// End to end in Chromium: profile A codes and exports an archive; a fresh profile B opens it and sees the same; a third merges it and sees the report.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;
const ARCHIVE = artifact('share-exported.comparanda');
const SENTENCE_LENGTH = 40;
let codedStart = 0;
let codedTitle = '';
let originalTitle = '';
let statusA = '';

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const rows = (page: Page) => page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]');
const status = (page: Page) => page.getByRole('status').first().innerText();

/** A new, empty browser profile on the same app. */
async function freshProfile(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(app.url);
  return page;
}

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(3);
}

/** Selects the first 40 characters of an uncoded paragraph with the mouse; returns its document offset. */
async function selectUncodedStretch(page: Page): Promise<number> {
  const stretch = await page.evaluate((length) => {
    const pieces = [...document.querySelectorAll<HTMLElement>('article p span[data-start]:not([data-label])')];
    const piece = pieces.find((p) => (p.textContent ?? '').trim().length > length + 10 && p.closest('p')!.querySelectorAll('mark').length === 0)!;
    piece.scrollIntoView({ block: 'center' });
    const node = piece.firstChild!;
    const lead = (piece.textContent ?? '').search(/\S/);
    const rect = (a: number, b: number) => {
      const r = document.createRange();
      r.setStart(node, a);
      r.setEnd(node, b);
      return r.getBoundingClientRect();
    };
    const first = rect(lead, lead + 1);
    const last = rect(lead + length - 1, lead + length);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2, start: Number(piece.dataset.start) + lead };
  }, SENTENCE_LENGTH);
  await page.mouse.move(stretch.x1, stretch.y1);
  await page.mouse.down();
  await page.mouse.move(stretch.x2, stretch.y2, { steps: 8 });
  await page.mouse.up();
  return stretch.start;
}

async function answerCoderName(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
  await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save name' }).click();
}

async function goToShare(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Share/ }).first().click();
  await expect.poll(() => page.getByRole('heading', { name: 'Share', level: 2 }).isVisible()).toBe(true);
}

describe('sharing a repository archive between browser profiles', () => {
  it('profile A loads the sample project, codes a passage and exports the archive', async () => {
    const { page } = app;
    await openSample(page);
    const report = rows(page).filter({ hasText: /report/i }).first();
    codedTitle = await report.locator('td').first().innerText();
    await report.click();
    await expect.poll(() => page.locator('article p').count()).toBeGreaterThan(3);
    codedStart = await selectUncodedStretch(page);
    const bar = page.getByTestId('coding-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    await bar.getByRole('combobox').fill('hous');
    await bar.getByRole('combobox').press('Enter');
    await answerCoderName(page, 'Ada Researcher');
    await expect.poll(() => page.locator(`mark[data-start="${codedStart}"]`).count()).toBe(1);
    // A's title differs from the sample's, so merging into another copy of the sample shows a conflict.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Document details' });
    originalTitle = codedTitle;
    codedTitle = `${codedTitle} (revised)`;
    await form.getByLabel('Title').fill(codedTitle);
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: codedTitle }).isVisible()).toBe(true);

    await goToShare(page);
    await expect.poll(async () => (await status(page)).length).toBeGreaterThan(0);
    statusA = await status(page);
    expect(await page.getByRole('button', { name: 'Merge an archive into this repository…' }).isVisible()).toBe(true);
    await page.screenshot({ path: artifact('share-01-screen-light.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export repository archive' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.comparanda$/);
    await download.saveAs(ARCHIVE);
    expect((await readFile(ARCHIVE)).subarray(0, 2).toString()).toBe('PK');
    await expectAccessible(page, 'Share');
  });

  it('profile A exports a selection: the documents of one city', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export a selection…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a selection' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Export selection' }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Cities' }).click();
    await page.getByRole('option', { name: 'Vienna' }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: artifact('share-01b-selection-light.png') });
    await expectAccessible(page, 'Export a selection', '[role="dialog"]');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export selection' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\(selection\)\.comparanda$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeLessThan((await readFile(ARCHIVE)).length);
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('a fresh profile B opens the archive and sees the same documents and the coded passage with its coder', async () => {
    const page = await freshProfile();
    await goToShare(page);
    const open = page.getByRole('button', { name: 'Open as new repository…' });
    await expect.poll(() => open.isVisible()).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open.click()]);
    await chooser.setFiles(ARCHIVE);
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe(statusA);
    await page.getByRole('link', { name: /^Library/ }).first().click();
    await rows(page).filter({ hasText: codedTitle }).first().click();
    const mark = page.locator(`mark[data-start="${codedStart}"]`);
    await expect.poll(() => mark.count(), { timeout: 20_000 }).toBe(1);
    expect(Number(await mark.getAttribute('data-end')) - codedStart).toBe(SENTENCE_LENGTH);
    const segmentId = (await mark.getAttribute('data-segments'))!.split(' ').pop()!;
    await page.locator(`[data-testid="margin-stripe"][data-segment="${segmentId}"]`).click();
    await expect.poll(() => page.getByTestId('segment-panel').innerText()).toContain('coded by Ada Researcher');
    await page.screenshot({ path: artifact('share-02-opened-in-b.png') });
    await page.context().close();
  });

  it('profile C, holding the sample project, merges the archive: review, then the report (saved as JSON)', async () => {
    const page = await freshProfile();
    await openSample(page);
    await goToShare(page);
    const merge = page.getByRole('button', { name: 'Merge an archive into this repository…' });
    await merge.click();
    // The merge is recorded under the coder's name, asked before anything else.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), answerCoderName(page, 'Ben Merger')]);
    await chooser.setFiles(ARCHIVE);
    const review = page.getByRole('dialog', { name: /^Merge share-exported\.comparanda/ });
    await expect.poll(() => review.isVisible(), { timeout: 30_000 }).toBe(true);
    const planned = review.getByRole('table').filter({ hasText: 'What the merge will do' });
    expect(await planned.getByRole('row', { name: /^Coded passages/ }).innerText()).toMatch(/^Coded passages\s+1\s+\d+\s+0\s+0$/);
    expect(await planned.getByRole('row', { name: /^Documents/ }).innerText()).toMatch(/^Documents\s+0\s+\d+\s+0\s+1$/);
    expect(await review.innerText()).toContain('Passages coded by Ada Researcher');
    expect(await planned.getByRole('row', { name: /^Chapters/ }).innerText()).toMatch(/^Chapters\s+0\s+1\s+0\s+0$/);
    const title = review.getByRole('radiogroup', { name: `${originalTitle}: title` });
    expect(await title.getByRole('radio', { name: 'Keep current' }).isChecked()).toBe(true);
    await title.getByText('Take incoming').click();
    await expect.poll(() => title.getByRole('radio', { name: 'Take incoming' }).isChecked()).toBe(true);
    await expectAccessible(page, 'Merge review', '[role="dialog"]');
    await page.screenshot({ path: artifact('share-03-merge-review-light.png') });
    await review.getByRole('button', { name: 'Merge' }).click();
    const report = page.getByRole('region', { name: /^Merge report/ });
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await report.getByRole('row', { name: /^Coded passages/ }).innerText()).toMatch(/^Coded passages\s+1\s+/);
    expect(await report.innerText()).toContain('0 difference(s) kept as they were here; 1 took the incoming value.');
    await page.screenshot({ path: artifact('share-04-merge-report-light.png') });
    await expectAccessible(page, 'Merge report');
    const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Save report as JSON' }).click()]);
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(saved).toMatchObject({ merged: 'share-exported.comparanda', counts: { segments: { added: 1 }, documents: { added: 0, conflicting: 1 } }, coders: expect.arrayContaining(['Ada Researcher']) });
    expect(saved.conflicts).toEqual([expect.objectContaining({ field: 'title', current: originalTitle, incoming: codedTitle, choice: 'take-incoming' })]);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('share-05-merge-report-dark.png') });
    await page.context().close();
  });
});
