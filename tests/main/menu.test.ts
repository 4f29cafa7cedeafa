// The application menu: the agreed items on each platform, the commands they send, and native editing roles kept.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { FakeBrowserWindow } from './fake-electron';

const electron = await vi.hoisted(async () => {
  const { FakeBrowserWindow } = await import('./fake-electron');
  return { BrowserWindow: FakeBrowserWindow, Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() } };
});
vi.mock('electron', () => electron);

const { installApplicationMenu, menuTemplate, sendMenuCommand } = await import('../../main/menu');

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function labels(items: MenuItemConstructorOptions[]): Array<string | undefined> {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role);
}

function click(item: MenuItemConstructorOptions | undefined, window?: unknown) {
  (item?.click as (item: unknown, window: unknown, event: unknown) => void)(item, window, {});
}

beforeEach(() => {
  electron.BrowserWindow.created = [];
  electron.BrowserWindow.focused = null;
});

describe('menuTemplate', () => {
  const send = vi.fn();
  const linux = menuTemplate({ isDev: false, platform: 'linux', send });

  it('has File, Edit, View and Help with the agreed items', () => {
    expect(linux.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(submenu(linux, '&File'))).toEqual(['Import…', 'Export…', 'Open archive…', 'Merge archive…', 'Open sample project', 'Restore from backup…', 'Settings…', 'Quit']);
    expect(labels(submenu(linux, '&Edit'))).toEqual(['Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(labels(submenu(linux, '&View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(labels(submenu(linux, '&Help'))).toEqual(['Keyboard shortcuts', 'About Comparanda']);
  });

  const commands: Array<[string, string, string]> = [
    ['&File', 'Import…', 'import'],
    ['&File', 'Export…', 'export'],
    ['&File', 'Open archive…', 'open-archive'],
    ['&File', 'Merge archive…', 'merge-archive'],
    ['&File', 'Open sample project', 'open-sample'],
    ['&Edit', 'Undo', 'undo'],
    ['&Edit', 'Redo', 'redo'],
    ['&File', 'Restore from backup…', 'restore-backup'],
    ['&File', 'Settings…', 'settings'],
    ['&Help', 'Keyboard shortcuts', 'keyboard-shortcuts'],
    ['&Help', 'About Comparanda', 'about'],
  ];
  it.each(commands)('%s › %s sends "%s" to the window it was chosen in', (menu, label, command) => {
    send.mockClear();
    const window = new electron.BrowserWindow();
    click(submenu(linux, menu).find((item) => item.label === label), window);
    expect(send).toHaveBeenCalledWith(command, window);
  });

  it('keeps undo and redo away from the native text roles, because they are the repository change log', () => {
    const edit = submenu(linux, '&Edit');
    expect(edit.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    const undo = edit.find((item) => item.label === 'Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    // Shown, not taken: the keys reach the page, which leaves them to a text field being edited.
    expect(undo?.registerAccelerator).toBe(false);
    expect(edit.find((item) => item.label === 'Redo')?.registerAccelerator).toBe(false);
    expect(submenu(linux, '&File').find((item) => item.label === 'Import…')?.registerAccelerator).toBe(true);
  });

  it('adds reload and developer tools only in development', () => {
    const dev = menuTemplate({ isDev: true, platform: 'linux', send });
    expect(labels(submenu(dev, '&View'))).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(JSON.stringify(linux)).not.toMatch(/reload|toggleDevTools/);
  });

  it('follows macOS conventions on a Mac', () => {
    const mac = menuTemplate({ isDev: false, platform: 'darwin', send });
    expect(mac.map((item) => item.label ?? item.role)).toEqual(['appMenu', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    expect(submenu(mac, '&Edit').find((item) => item.label === 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(submenu(mac, '&File').at(-1)?.role).toBe('close');
    const windows = menuTemplate({ isDev: false, platform: 'win32', send });
    expect(submenu(windows, '&Edit').find((item) => item.label === 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(submenu(linux, '&Edit').find((item) => item.label === 'Redo')?.accelerator).toBe('Ctrl+Shift+Z');
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel to the given window', () => {
    const window = new electron.BrowserWindow();
    sendMenuCommand('undo', window as never);
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'undo');
  });

  it('falls back to the focused window', () => {
    const other = new electron.BrowserWindow();
    const focused = new electron.BrowserWindow();
    electron.BrowserWindow.focused = focused;
    sendMenuCommand('about', undefined);
    expect(focused.webContents.send).toHaveBeenCalledWith('menu:command', 'about');
    expect(other.webContents.send).not.toHaveBeenCalled();
  });

  it('does nothing when no window is open', () => {
    expect(() => sendMenuCommand('import', undefined)).not.toThrow();
  });

  it('installs the built menu as the application menu, wired to the windows', () => {
    installApplicationMenu({ isDev: false, platform: 'linux' });
    const built = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: MenuItemConstructorOptions[] };
    const window = new electron.BrowserWindow() as FakeBrowserWindow;
    click(submenu(built.template, '&File')[0], window);
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'import');
  });
});
