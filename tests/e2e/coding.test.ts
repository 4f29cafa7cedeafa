// End to end in Chromium: code a passage by selecting it with the mouse, see highlight and margin stripe, undo, redo, reload.
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
const SENTENCE_LENGTH = 40;

/** Screen points at the first and last character of an uncoded piece of a plain paragraph, and its document offset. */
async function uncodedStretch(): Promise<{ from: { x: number; y: number }; to: { x: number; y: number }; start: number }> {
  return app.page.evaluate((length) => {
    const pieces = [...document.querySelectorAll<HTMLElement>('article p span[data-start]:not([data-label])')];
    const piece = pieces.find((p) => (p.textContent ?? '').trim().length > length + 10 && p.closest('p')!.querySelectorAll('mark').length === 0);
    if (!piece) throw new Error('no uncoded paragraph');
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
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
      start: Number(piece.dataset.start) + lead,
    };
  }, SENTENCE_LENGTH);
}

/** Screen points at the characters at document offsets `from` and `to - 1`, wherever their pieces are. */
async function pointsAt(from: number, to: number): Promise<{ from: { x: number; y: number }; to: { x: number; y: number } }> {
  return app.page.evaluate(
    ([a, b]) => {
      const pieces = [...document.querySelectorAll<HTMLElement>('article [data-start]:not([data-label])')];
      const rectAt = (offset: number) => {
        const piece = pieces.find((p) => Number(p.dataset.start) <= offset && offset < Number(p.dataset.end))!;
        const r = document.createRange();
        const at = offset - Number(piece.dataset.start);
        r.setStart(piece.firstChild!, at);
        r.setEnd(piece.firstChild!, at + 1);
        return r.getBoundingClientRect();
      };
      const first = rectAt(a!);
      const last = rectAt(b! - 1);
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    },
    [from, to],
  );
}

const highlightAt = (start: number) => app.page.locator(`mark[data-start="${start}"]`);

describe('coding in the Reader, in Chromium', () => {
  let start = 0;
  let stripesBefore = 0;

  it('opens a document of the sample project', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => dataRows().count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await dataRows().filter({ hasText: /report/i }).first().click();
    await expect.poll(() => page.locator('article p').count()).toBeGreaterThan(3);
  });

  it('codes a sentence selected with the mouse, from the palette', async () => {
    const { page } = app;
    stripesBefore = await page.getByTestId('margin-stripe').count();
    const stretch = await uncodedStretch();
    start = stretch.start;
    await page.mouse.move(stretch.from.x, stretch.from.y);
    await page.mouse.down();
    await page.mouse.move(stretch.to.x, stretch.to.y, { steps: 8 });
    await page.mouse.up();
    const bar = page.getByTestId('coding-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    await page.screenshot({ path: artifact('coding-01-bar-light.png') });
    const search = bar.getByRole('combobox');
    await search.fill('hous');
    const chosen = (await bar.getByRole('option').first().innerText()).split(' / ').pop()!;
    await search.press('Enter');
    // The first coding action asks for the coder's name once.
    const name = page.getByRole('dialog', { name: 'Who is coding?' });
    await expect.poll(() => name.isVisible()).toBe(true);
    await name.getByLabel('Your name').fill('Ada Researcher');
    await name.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => highlightAt(start).count()).toBe(1);
    expect(await highlightAt(start).getAttribute('title')).toContain(chosen);
    expect(Number(await highlightAt(start).getAttribute('data-end')) - start).toBe(SENTENCE_LENGTH);
    expect(await page.getByTestId('margin-stripe').count()).toBe(stripesBefore + 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('coding-02-coded-light.png') });
  });

  it('opens the passage from its stripe', async () => {
    const { page } = app;
    const segmentId = (await highlightAt(start).getAttribute('data-segments'))!.split(' ').pop()!;
    await page.locator(`[data-testid="margin-stripe"][data-segment="${segmentId}"]`).click();
    const panel = page.getByTestId('segment-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toContain('coded by Ada Researcher');
    await page.screenshot({ path: artifact('coding-03-panel-light.png') });
    await panel.getByRole('button', { name: 'Close the passage' }).click();
  });

  it('undoes and redoes the coding from the header', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Undo: Coded a passage' }).click();
    await expect.poll(() => highlightAt(start).count()).toBe(0);
    expect(await page.getByTestId('margin-stripe').count()).toBe(stripesBefore);
    await page.getByRole('button', { name: 'Redo: Coded a passage' }).click();
    await expect.poll(() => highlightAt(start).count()).toBe(1);
    expect(await page.getByTestId('margin-stripe').count()).toBe(stripesBefore + 1);
  });

  it('keeps the coded passage after a reload, in dark mode too', async () => {
    const { page } = app;
    await page.reload();
    await expect.poll(() => highlightAt(start).count(), { timeout: 20_000 }).toBe(1);
    await highlightAt(start).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('coding-04-coded-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('codes an overlapping passage with another theme: both show, each with its own margin lane', async () => {
    const { page } = app;
    const points = await pointsAt(start + 20, start + 80);
    await page.mouse.move(points.from.x, points.from.y);
    await page.mouse.down();
    await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
    await page.mouse.up();
    const bar = page.getByTestId('coding-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    // The theme used before is on key 1.
    expect(await bar.getByRole('button', { name: /^1: Housing/ }).count()).toBe(1);
    await bar.getByRole('combobox').fill('language');
    await bar.getByRole('combobox').press('Enter');
    await expect.poll(() => page.getByTestId('margin-stripe').count()).toBe(stripesBefore + 2);
    const overlap = page.locator(`mark[data-start="${start + 20}"]`);
    expect((await overlap.getAttribute('data-segments'))!.split(' ')).toHaveLength(2);
    const paragraph = overlap.locator('xpath=ancestor::p[1]');
    const lanes = await paragraph.getByTestId('margin-stripe').evaluateAll((els) => els.map((e) => getComputedStyle(e).left));
    expect(new Set(lanes).size).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await page.screenshot({ path: artifact('coding-05-overlap-light.png') });
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('coding-05-overlap-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('lists the changes in the History drawer, newest first', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => drawer.getByTestId('history-entry').count()).toBeGreaterThan(1);
    expect(await drawer.getByTestId('history-entry').first().innerText()).toMatch(/Coded a passage[\s\S]*Ada Researcher[\s\S]*Done/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: artifact('coding-05b-history-light.png') });
    await page.keyboard.press('Escape');
  });

  it('renames a theme in the Codebook inline and undoes it', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/codebook`);
    const tree = page.getByRole('tree', { name: 'Themes' });
    await expect.poll(() => tree.getByTestId('theme-row').count()).toBeGreaterThan(3);
    const housing = tree.getByTestId('theme-row').filter({ has: page.getByText('Housing', { exact: true }) });
    await housing.getByRole('button', { name: 'Actions for Housing' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const field = page.getByRole('textbox', { name: 'New name for Housing' });
    await field.fill('Housing and rent');
    await field.press('Enter');
    await expect.poll(() => tree.getByText('Housing and rent', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: artifact('coding-06-codebook-light.png') });
    await page.getByRole('button', { name: 'Undo: Renamed theme to Housing and rent' }).click();
    await expect.poll(() => tree.getByText('Housing', { exact: true }).count()).toBe(1);
  });

  it('tags a range of documents with a document theme from the Library in one step', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    await expect.poll(() => dataRows().count()).toBeGreaterThan(3);
    const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ });
    await boxes.nth(0).click();
    await boxes.nth(2).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('toolbar', { name: 'Tag the selected documents' });
    await expect.poll(() => bar.getByText('3 selected').isVisible()).toBe(true);
    await bar.getByRole('textbox', { name: 'Bulk action' }).click();
    await page.getByRole('option', { name: 'Add a document theme' }).click();
    await bar.getByRole('textbox', { name: 'Value' }).click();
    await page.getByRole('option', { name: 'Health' }).click();
    await page.screenshot({ path: artifact('coding-07-bulk-light.png') });
    await bar.getByRole('button', { name: 'Apply to 3 documents' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Undo: Tagged 3 documents' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('coding-08-bulk-dark.png') });
    await page.goto(`${app.url}/#/codebook`);
    await expect.poll(() => page.getByRole('tree', { name: 'Themes' }).count()).toBe(1);
    await page.screenshot({ path: artifact('coding-09-codebook-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('shows the Cities tab and the Memos screen', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/codebook`);
    await page.getByRole('tab', { name: 'Cities' }).click();
    const cities = page.getByRole('table', { name: 'Cities' });
    await expect.poll(() => cities.locator('tbody tr').count()).toBeGreaterThan(3);
    await page.screenshot({ path: artifact('coding-10-cities-light.png') });
    await page.goto(`${app.url}/#/memos`);
    await expect.poll(() => page.getByTestId('memo-entry').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('coding-11-memos-light.png') });
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
