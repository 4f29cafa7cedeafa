// The main window: secure web preferences, navigation and new windows refused, web links only after asking, state remembered.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow } from './fake-electron';

const electron = await vi.hoisted(async () => {
  const { FakeBrowserWindow, FakeWebContents } = await import('./fake-electron');
  return {
    FakeWebContents,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, hardenWebContents, mainWindowOptions, offerExternalLink } = await import('../../main/window');
const { ALLOWED_PERMISSIONS, isPermissionAllowed, restrictPermissions } = await import('../../main/permissions');

beforeEach(() => {
  electron.dialog.showMessageBox.mockReset();
  electron.shell.openExternal.mockClear();
  electron.BrowserWindow.created = [];
});

describe('mainWindowOptions', () => {
  it('turns on every isolation the renderer needs and nothing that opens Node to it', () => {
    const options = mainWindowOptions({ width: 1200, height: 800, maximized: false }, '/app/dist/main/preload.cjs');
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
    expect(options).not.toHaveProperty('x');
    expect(options.show).toBe(false);
  });

  it('places the window where it was when a position is remembered', () => {
    expect(mainWindowOptions({ x: 10, y: 20, width: 900, height: 700, maximized: true }, 'p')).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });
});

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const navigations: Array<[string, boolean]> = [
    ['app://comparanda/index.html', false],
    ['app://comparanda/library', false],
    ['https://example.org/', true],
    ['http://localhost:5173/', true],
    ['file:///etc/passwd', true],
    ['app://elsewhere/index.html', true],
    ['javascript:alert(1)', true],
  ];
  it.each(navigations)('navigation to %s is cancelled: %s', (url, cancelled) => {
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = navigationEvent(url);
      contents.events.emit(name, event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(cancelled ? 1 : 0);
    }
  });

  it('refuses to attach webviews', () => {
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    const event = navigationEvent('');
    contents.events.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['https://example.org/', 'app://comparanda/other.html', 'file:///tmp/x.html', 'about:blank'])('refuses to open a new window for %s', (url) => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('offers a web link to the system browser only after asking', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    contents.openHandler?.({ url: 'https://ec.europa.eu/migrant-integration' });
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://ec.europa.eu/migrant-integration'));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('never asks about, or opens, a link that is not a web link', () => {
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    contents.openHandler?.({ url: 'file:///home/researcher/notes.txt' });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('offerExternalLink', () => {
  it('opens nothing when the researcher cancels', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await offerExternalLink('https://example.org', null)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens the link when the researcher agrees', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await offerExternalLink('https://example.org', null)).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org');
  });
});

describe('permissions', () => {
  const permissions: Array<[string, boolean]> = [
    ['persistent-storage', true],
    ['clipboard-sanitized-write', true],
    ['clipboard-read', false],
    ['media', false],
    ['geolocation', false],
    ['notifications', false],
    ['openExternal', false],
    ['fileSystem', false],
    ['unknown', false],
  ];
  it.each(permissions)('%s allowed: %s', (permission, allowed) => {
    expect(isPermissionAllowed(permission)).toBe(allowed);
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (w: unknown, p: string, cb: (granted: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (w: unknown, p: string) => boolean;
    const callback = vi.fn();
    request(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(allowed);
    expect(check(null, permission)).toBe(allowed);
  });

  it('allows only the two agreed permissions', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'persistent-storage']);
  });
});

describe('createMainWindow', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'comparanda-window-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('opens the app page with the remembered size, and remembers it again on close', async () => {
    await writeFile(path.join(folder, 'window-state.json'), JSON.stringify({ x: 100, y: 80, width: 1100, height: 760, maximized: true }));
    const window = (await createMainWindow({ preloadPath: '/app/preload.cjs', stateFolder: folder })) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 760 });
    expect(window.loadURL).toHaveBeenCalledWith('app://comparanda/index.html');

    window.events.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();

    const navigation = navigationEvent('https://example.org');
    window.webContents.events.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();

    window.events.emit('close');
    // Saved before the close event returns, since the app may quit right after it.
    expect(JSON.parse(readFileSync(path.join(folder, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
  });

  it('falls back to the default size when nothing was remembered', async () => {
    const window = (await createMainWindow({ preloadPath: '/app/preload.cjs', stateFolder: folder })) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ width: 1280, height: 840 });
    expect(window.options).not.toHaveProperty('x');
  });
});
