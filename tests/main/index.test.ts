// Start-up order of the main process: scheme before ready, the single-instance lock, then protocol, IPC, menu and window.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { FakeBrowserWindow } = await import('./fake-electron');
  return {
    BrowserWindow: FakeBrowserWindow,
    app: {
      setName: vi.fn(),
      requestSingleInstanceLock: vi.fn(),
      quit: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(async () => undefined),
      isReady: vi.fn(() => true),
      isPackaged: false,
      getPath: vi.fn((name: string) => `/tmp/comparanda-index-test-${name}`),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    shell: {},
    screen: { getAllDisplays: vi.fn(() => []) },
  };
});
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.BrowserWindow.created = [];
});

describe('main process start-up', () => {
  it('quits at once, before anything else starts, when another copy is running', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../main/index');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toEqual([]);
  });

  it('with the lock: serves app://, binds every channel, installs the menu and opens the window', async () => {
    const events = new EventEmitter();
    electron.app.on.mockImplementation((name: string, listener: () => void) => events.on(name, listener));
    electron.app.requestSingleInstanceLock.mockReturnValue(true);
    await import('../../main/index');
    await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1));

    expect(electron.app.setName).toHaveBeenCalledWith('Comparanda');
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0] ?? 0);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([
      'app:info',
      'archive:open',
      'backup:choose-folder',
      'backup:delete',
      'backup:folder',
      'backup:list',
      'backup:read',
      'backup:ready-to-close',
      'backup:write',
      'export:save',
      'file:reveal',
      'import:pick-files',
    ]);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const [window] = electron.BrowserWindow.created;
    expect(window?.loadURL).toHaveBeenCalledWith('app://comparanda/index.html');
    const preload = (window?.options.webPreferences as { preload: string }).preload;
    expect(preload.endsWith('preload.cjs')).toBe(true);

    // A second launch brings this window forward.
    window?.isMinimized.mockReturnValue(true);
    events.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
});
