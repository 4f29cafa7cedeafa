// End to end in Chromium: Settings shows storage; a backup is made (kept in the browser's private file system),
// the repository changed, the backup restored after the confirmation, and the old state is back, also after a reload.
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

const status = () => app.page.getByRole('contentinfo').getByRole('status').first();
const themeCount = async () => Number(/(\d+) themes/.exec(await status().innerText())?.[1] ?? NaN);
const backupRows = () => app.page.getByTestId('backup-list').locator('tbody tr');

describe('backups in the browser', () => {
  let themesBefore = 0;

  it('opens Settings from the navbar with storage figures', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await expect.poll(() => themeCount(), { timeout: 20_000 }).toBeGreaterThan(0);
    themesBefore = await themeCount();
    await page.getByRole('link', { name: /^Settings/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Settings' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('storage-persisted').innerText()).toMatch(/^(granted|not granted)$/i);
    await expect.poll(() => page.getByTestId('storage-usage').innerText()).toMatch(/^Used: [\d.]+ (bytes|KB|MB|GB) of [\d.]+ (KB|MB|GB) available/);
    await expect.poll(() => page.getByTestId('backup-place').innerText()).toMatch(/private storage/);
    await page.getByText('No backups yet.').waitFor();
    // The coder's name set here is the one later changes are recorded with (so the Codebook does not ask).
    await page.getByRole('textbox', { name: /^Coder name/ }).fill('Ada Researcher');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Changes are now recorded as made by Ada Researcher.').waitFor();
  });

  it('makes a backup by hand', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => backupRows().count(), { timeout: 20_000 }).toBe(1);
    expect(await backupRows().first().innerText()).toMatch(/Made by hand/);
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    await page.screenshot({ path: artifact('backup-01-settings-light.png'), fullPage: true });
    await expectAccessible(page, 'Settings');
  });

  it('restores it after a change, first backing up the current state', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/codebook`);
    await page.getByLabel('New top-level theme').fill('Added after the backup');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await expect.poll(() => themeCount(), { timeout: 10_000 }).toBe(themesBefore + 1);

    await page.goto(`${app.url}#/settings`);
    await backupRows().first().getByRole('button', { name: /^Restore the backup from/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog.waitFor();
    expect(await dialog.getByRole('checkbox', { name: /First back up the repository as it is now/ }).isChecked()).toBe(true);
    await page.waitForTimeout(400); // the modal's opening transition
    await page.screenshot({ path: artifact('backup-02-restore-confirmation.png') });
    await expectAccessible(page, 'Restore confirmation');
    await dialog.getByRole('button', { name: 'Replace the repository' }).click();
    await expect.poll(() => themeCount(), { timeout: 20_000 }).toBe(themesBefore);
    await page.getByText('Backup restored').waitFor();
    await expect.poll(() => backupRows().count()).toBe(2);
    expect(await backupRows().first().innerText()).toMatch(/Before a restore/);
  });

  it('keeps the restored state after a reload', async () => {
    const { page } = app;
    await page.reload();
    await expect.poll(() => themeCount(), { timeout: 20_000 }).toBe(themesBefore);
    expect(await page.getByText('Added after the backup').count()).toBe(0);
  });

  it('opens the newest backup for restoring from the menu command route, in dark mode too', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/settings/restore`);
    await page.getByRole('dialog', { name: 'Restore from backup' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.screenshot({ path: artifact('backup-03-settings-dark.png'), fullPage: true });
    await expectAccessible(page, 'Settings (dark)');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(app.pageErrors).toEqual([]);
  });
});
