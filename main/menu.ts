// The application menu; its own commands go to the focused window as menu events, editing keys stay native.
import { BrowserWindow, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuSettings {
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Delivers a command to the window it was chosen in (or the focused one). */
  send: (command: MenuCommand, window: BrowserWindow | undefined) => void;
}

/** Sends a menu command to `window`, else to the focused window; nothing happens when no window is open. */
export function sendMenuCommand(command: MenuCommand, window: BrowserWindow | undefined): void {
  const target = window ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
}

export function menuTemplate({ isDev, platform, send }: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: (_item, window) => send(name, window instanceof BrowserWindow ? window : undefined),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Import…', 'import', 'CmdOrCtrl+I'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      separator,
      command('Open archive…', 'open-archive', 'CmdOrCtrl+O'),
      command('Merge archive…', 'merge-archive'),
      command('Open sample project', 'open-sample'),
      separator,
      command('Restore from backup…', 'restore-backup'),
      command('Settings…', 'settings', 'CmdOrCtrl+,'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  // Undo and redo are the repository's change log, so they go to the renderer, not to a text role.
  // Their keys are shown but not taken (Linux, Windows): the page gets them, and can leave them to a
  // text field being edited, exactly as in the browser version, which has no menu.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z', false),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z', false),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [command('Keyboard shortcuts', 'keyboard-shortcuts', 'Shift+/', false), command('About Comparanda', 'about')] };

  return [...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []), file, edit, view, ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []), help];
}

export function installApplicationMenu(settings: Omit<MenuSettings, 'send'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...settings, send: sendMenuCommand })));
}
