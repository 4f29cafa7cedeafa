// The main window: secure web preferences, no navigation away from app://, no new windows, remembered size and place.
import { BrowserWindow, dialog, screen, shell } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { APP_START_URL, isAppUrl, isWebLink } from './app-scheme';
import { MIN_WINDOW_SIZE, readWindowState, writeWindowState } from './window-state';
import type { WindowState } from './window-state';

/** The options of the main window; its web preferences are the security boundary of the app. */
export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Comparanda',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}

/** Asks before a web link leaves the app for the system browser. */
export async function offerExternalLink(url: string, parent: BrowserWindow | null): Promise<boolean> {
  if (!isWebLink(url)) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

/** Keeps the page on app://: navigation elsewhere is cancelled, new windows are refused (web links may go to the browser). */
export function hardenWebContents(contents: WebContents): void {
  const stayInApp = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void offerExternalLink(url, BrowserWindow.fromWebContents(contents)).catch(() => false);
    return { action: 'deny' };
  });
}

/** Saves the window's normal bounds and maximised state when it closes. */
export function rememberWindowState(window: BrowserWindow, folder: string): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    try {
      writeWindowState(folder, { x, y, width, height, maximized: window.isMaximized() });
    } catch {
      // A window state that cannot be saved only means the next start opens at the default size.
    }
  });
}

export interface MainWindowSettings {
  preloadPath: string;
  stateFolder: string;
  startUrl?: string;
}

export async function createMainWindow({ preloadPath, stateFolder, startUrl = APP_START_URL }: MainWindowSettings): Promise<BrowserWindow> {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = await readWindowState(stateFolder, displays);
  const window = new BrowserWindow(mainWindowOptions(state, preloadPath));
  hardenWebContents(window.webContents);
  rememberWindowState(window, stateFolder);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  await window.loadURL(startUrl);
  return window;
}
