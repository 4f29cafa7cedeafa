// Starts the built renderer on a free port and Debian's Chromium with a fresh profile, for end-to-end tests.
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveRenderer } from '../../scripts/serve';

export const ARTIFACTS = new URL('../../.e2e-artifacts/', import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppSession {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Problems the page reported: uncaught errors and console errors (CSP violations show up here). */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function openApp(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<AppSession> {
  await mkdir(ARTIFACTS, { recursive: true });
  // COMPARANDA_RENDERER_DIR serves a private build, so parallel `vite build`s into dist/ cannot pull it away mid-run.
  const root = process.env.COMPARANDA_RENDERER_DIR;
  const server = await serveRenderer(root ? { port: 0, root } : { port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A new context is a fresh, empty profile: its IndexedDB starts empty.
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 820 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    // Failed loads are reported with their address by the response listener.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
  await page.goto(server.url);
  return {
    url: server.url,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export function artifact(name: string): string {
  return new URL(name, ARTIFACTS).pathname;
}
