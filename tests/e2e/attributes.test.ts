// End to end in Chromium: define typed attributes in the Codebook, set them in the Reader and on a city; code passages by keyboard only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';

/** Serious or critical axe problems other than colour contrast: Mantine's "dimmed" grey (3.3:1) is an app-wide theme matter. */
const blocking = async (include: string) =>
  (await axeViolations(app.page, include)).filter((v) => (v.impact === 'serious' || v.impact === 'critical') && v.id !== 'color-contrast');
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const dataRows = () => app.page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]');

/**
 * How many Ctrl+↓ presses lead from the first block of the text to the first of two neighbouring uncoded
 * paragraphs, and where the words of each start.
 */
async function uncodedParagraphs(): Promise<{ presses: number; starts: [number, number] }> {
  return app.page.evaluate(() => {
    const root = document.querySelector('[data-reader-text]')!;
    const blocks = [...root.children].filter((e) => e.matches('p, h1, h2, h3, h4, h5, h6'));
    const uncoded = (e: Element | undefined) => !!e && e.tagName === 'P' && e.querySelectorAll('mark').length === 0 && (e.textContent ?? '').length > 80;
    const index = blocks.findIndex((e, i) => i > 0 && uncoded(e) && uncoded(blocks[i + 1]));
    if (index < 0) throw new Error('no two neighbouring uncoded paragraphs');
    const start = (e: Element) => Number(e.querySelector<HTMLElement>('[data-start]:not([data-label])')!.dataset.start);
    return { presses: index, starts: [start(blocks[index]!), start(blocks[index + 1]!)] };
  });
}

describe('typed attributes and keyboard coding, in Chromium', () => {
  it('defines a choice attribute for documents and a number attribute for cities in the Codebook', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => dataRows().count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.goto(`${app.url}/#/codebook`);
    await page.getByRole('tab', { name: 'Attributes' }).click();
    const table = page.getByRole('table', { name: 'Attributes' });
    await expect.poll(() => table.getByTestId('attribute-row').count()).toBe(4);

    const form = page.getByRole('form', { name: 'Define an attribute' });
    await form.getByRole('textbox', { name: 'New attribute' }).fill('Interview language');
    await form.getByRole('textbox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Choice list' }).click();
    const choices = form.getByRole('textbox', { name: 'Choices' });
    for (const choice of ['German', 'Italian', 'Czech']) {
      await choices.fill(choice);
      await choices.press('Enter');
    }
    await form.getByRole('button', { name: 'Define attribute' }).click();
    const name = page.getByRole('dialog', { name: 'Who is coding?' });
    await expect.poll(() => name.isVisible()).toBe(true);
    await name.getByLabel('Your name').fill('Ada Researcher');
    await name.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => table.getByTestId('attribute-row').count()).toBe(5);

    await form.getByRole('textbox', { name: 'New attribute' }).fill('Population');
    await form.locator('label').filter({ hasText: 'Cities' }).click();
    await form.getByRole('textbox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Number' }).click();
    await form.getByRole('button', { name: 'Define attribute' }).click();
    await expect.poll(() => table.getByTestId('attribute-row').count()).toBe(6);
    const row = table.getByTestId('attribute-row').filter({ hasText: 'Interview language' });
    expect(await row.innerText()).toMatch(/Interview language\s+Documents\s+Choice list[\s\S]*German[\s\S]*Italian[\s\S]*Czech/);
    expect(await blocking('main')).toEqual([]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('attributes-01-codebook-light.png') });
  });

  it('sets a city attribute with a number input that refuses letters', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Cities' }).click();
    const cities = page.getByRole('table', { name: 'Cities' });
    await expect.poll(() => cities.locator('tbody tr').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Actions for Vienna' }).click();
    await page.getByRole('menuitem', { name: 'Attributes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attributes of: Vienna' });
    const population = dialog.getByRole('textbox', { name: 'Population' });
    // The number input takes no letters at all.
    await population.pressSequentially('about 2');
    expect(await population.inputValue()).toBe('2');
    await page.screenshot({ path: artifact('attributes-02-city-light.png') });
    await population.fill('1982097');
    await dialog.getByRole('button', { name: 'Save attributes' }).click();
    await expect.poll(() => cities.locator('tbody tr').filter({ hasText: 'Vienna' }).innerText()).toContain('Population: 1982097');
    await page.getByRole('button', { name: 'Undo: Set city attributes' }).waitFor();
  });

  it('sets the defined attribute on a document in the Reader with its typed input', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    await expect.poll(() => dataRows().count()).toBeGreaterThan(3);
    await dataRows().filter({ hasText: /report/i }).first().click();
    await expect.poll(() => page.locator('article p').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Document details' });
    await form.getByRole('textbox', { name: 'New attribute' }).fill('Interview language');
    // A defined choice list offers its choices instead of a free text field.
    await form.getByRole('textbox', { name: 'Its value' }).click();
    await page.getByRole('option', { name: 'Italian' }).click();
    await form.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Value of Interview language' }).inputValue()).toBe('Italian');
    await page.screenshot({ path: artifact('attributes-03-reader-form-light.png') });
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByText('Interview language', { exact: true }).count()).toBe(1);
  });

  it('codes a paragraph and a sentence with the keyboard only, and shows their highlights', async () => {
    const { page } = app;
    await page.locator('[data-testid="reader-scroller"]').evaluate((e) => e.scrollTo(0, 0));
    const { presses, starts } = await uncodedParagraphs();
    const text = page.getByRole('document', { name: /select with Shift and the arrow keys/ });
    // Focus moves to the text as Tab would; from here on, only keys are pressed.
    await text.focus();
    for (let i = 0; i < presses; i++) await page.keyboard.press('Control+ArrowDown');
    // The caret is shown where the words of the paragraph start (a highlight, since the text is not editable).
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('reader-caret')?.size)).toBe(1);
    await page.screenshot({ path: artifact('attributes-04a-keyboard-caret-light.png') });
    await page.keyboard.press('Enter');
    const bar = page.getByTestId('coding-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    await page.screenshot({ path: artifact('attributes-04-keyboard-paragraph-light.png') });
    await page.keyboard.press('/');
    await page.keyboard.type('hous');
    await page.keyboard.press('Enter');
    const first = page.locator(`mark[data-start="${starts[0]}"]`);
    await expect.poll(() => first.count()).toBe(1);
    expect(await first.getAttribute('title')).toMatch(/Hous/);
    // The focus is back in the text: the next paragraph, its first sentence, the recent theme on key 1.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('document');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => bar.isVisible()).toBe(true);
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.trim()).toMatch(/[.!?…]$/);
    await page.screenshot({ path: artifact('attributes-05-keyboard-sentence-light.png') });
    await page.keyboard.press('1');
    const second = page.locator(`mark[data-start="${starts[1]}"]`);
    await expect.poll(() => second.count()).toBe(1);
    expect(await second.innerText()).toBe(selected.trim());
    expect(await page.getByTestId('margin-stripe').count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact('attributes-06-keyboard-coded-dark.png') });
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(await blocking('main')).toEqual([]);
    expect(await page.locator('article').getAttribute('lang')).toBe('en');
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
