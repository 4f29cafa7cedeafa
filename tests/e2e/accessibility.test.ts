// axe-core on every screen of the sample project in Chromium (light, and the main screens in dark): no serious or
// critical violations. Also: every screen reachable from the keyboard alone, with a visible focus ring.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { artifact, openApp, type AppSession } from './browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

const rows = () => app.page.locator('[role="grid"][aria-label="Documents"] tbody tr[aria-rowindex]');

/** Goes to a screen and waits until its main heading (or a given element) is there and notifications have gone. */
async function visit(page: Page, path: string, ready: () => Promise<unknown>): Promise<void> {
  await page.goto(`${app.url}#${path}`);
  await ready();
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
}

describe('accessibility of every screen (axe-core, serious and critical)', () => {
  it('Library, empty', async () => {
    await app.page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await expectAccessible(app.page, 'Library (empty)');
  });

  it('Library with the sample project', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    await expectAccessible(page, 'Library');
  });

  it('Reader with a document', async () => {
    const { page } = app;
    await rows().filter({ hasText: 'Interview' }).first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.locator('mark, [data-segment-id]').first().waitFor({ timeout: 10_000 }).catch(() => {});
    await expectAccessible(page, 'Reader');
  });

  it.each(['Themes', 'Cities', 'Attributes'])('Codebook, %s tab', async (tab) => {
    const { page } = app;
    await visit(page, '/codebook', () => page.getByRole('tab', { name: tab }).waitFor());
    await page.getByRole('tab', { name: tab }).click();
    await expect.poll(() => page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
    await expectAccessible(page, `Codebook (${tab})`);
  });

  it('Memos', async () => {
    const { page } = app;
    await visit(page, '/memos', () => page.getByRole('heading', { level: 2 }).first().waitFor());
    await expectAccessible(page, 'Memos');
  });

  it('Search with results', async () => {
    const { page } = app;
    await visit(page, '/search', () => page.getByRole('textbox', { name: /Search the documents/ }).waitFor());
    await page.getByRole('textbox', { name: /Search the documents/ }).fill('housing');
    await page.getByTestId('hit').first().waitFor({ timeout: 90_000 });
    await expectAccessible(page, 'Search');
  });

  it.each([
    ['Compare', '/compare'],
    ['Chapters', '/chapters'],
    ['Share', '/share'],
    ['Settings', '/settings'],
  ])('%s', async (name, path) => {
    const { page } = app;
    await visit(page, path, () => page.getByRole('heading', { level: 2 }).first().waitFor());
    await page.waitForTimeout(300);
    await expectAccessible(page, name);
  });

  it('History drawer and keyboard shortcuts', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByRole('dialog', { name: 'History' }).waitFor();
    await expectAccessible(page, 'History');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'History' }).waitFor({ state: 'detached' });
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.screenshot({ path: artifact('a11y-keyboard-shortcuts.png') });
    await expectAccessible(page, 'Keyboard shortcuts');
    await page.keyboard.press('Escape');
  });

  it('Import report dialog', async () => {
    const { page } = app;
    await visit(page, '/library', () => rows().first().waitFor());
    const data = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Field note, Graz.\n\nThe counselling office in Graz opened on Saturdays.'], 'field-note-graz.txt', { type: 'text/plain' }));
      transfer.items.add(new File(['%PDF-1.7 broken'], 'broken.pdf', { type: 'application/pdf' }));
      return transfer;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
    await page.getByTestId('drop-overlay').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'Import report');
    await report.getByRole('button', { name: 'Done' }).click();
  });

  it.each([
    ['Library', '/library'],
    ['Search', '/search'],
    ['Settings', '/settings'],
    ['Codebook', '/codebook'],
  ])('%s in dark mode', async (name, path) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit(page, path, () => page.getByRole('navigation', { name: 'Screens' }).waitFor());
    await page.waitForTimeout(300);
    await expectAccessible(page, `${name} (dark)`);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('keyboard', () => {
  it('reaches every screen from the navbar with Tab and Enter, with a visible focus ring', async () => {
    const { page } = app;
    await visit(page, '/library', () => rows().first().waitFor());
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < 9; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('nav')) return null;
        const style = getComputedStyle(el);
        return { href: el.getAttribute('href'), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (focused?.href) {
        expect(focused.outline, `focus ring on ${focused.href}`).toBe(true);
        reached.add(focused.href);
      }
    }
    expect([...reached].map((h) => h.replace(/^#\/(\w+).*$/, '$1')).sort()).toEqual(
      ['chapters', 'codebook', 'compare', 'library', 'memos', 'reader', 'search', 'settings', 'share'],
    );
    await page.screenshot({ path: artifact('a11y-focus-ring.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/settings$/);
  });
});
