// Electron main process: one running copy, the app:// scheme, IPC handlers, the menu and the main window.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { BackupFolder } from './backups/backup-folder';
import { CloseGuard } from './backups/close-guard';
import { quitWhenLastWindowCloses } from './backups/quit-after-close';
import { createHandlers, DEFAULT_FILE_LIMITS, SavedFiles } from './ipc/handlers/index';
import { registerIpc } from './ipc/register';
import { installApplicationMenu } from './menu';
import { restrictPermissions } from './permissions';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { bringForward, claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// dist/main/index.js sits beside preload.cjs, and dist/renderer is its sibling folder.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
const closeGuard = new CloseGuard();

async function openMainWindow(): Promise<void> {
  try {
    mainWindow = await createMainWindow({ preloadPath, stateFolder: app.getPath('userData') });
    closeGuard.watch(mainWindow);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Comparanda could not start', `The app's window could not be opened (${reason}). Was it built with "npm run build"?`);
    app.quit();
  }
}

async function whenReady(): Promise<void> {
  await app.whenReady();
  serveAppProtocol(rendererRoot);
  restrictPermissions(session.defaultSession);
  const savedFiles = new SavedFiles();
  registerIpc(
    ipcMain,
    createHandlers({
      parentWindow: () => mainWindow,
      limits: DEFAULT_FILE_LIMITS,
      savedFiles,
      defaultExportFolder: () => app.getPath('documents'),
      backups: { folder: new BackupFolder(app.getPath('userData')), closeGuard },
    }),
  );
  installApplicationMenu({ isDev: !app.isPackaged, platform: process.platform });
  await openMainWindow();
}

app.setName('Comparanda');
registerAppScheme();
if (claimSingleInstance(() => bringForward(mainWindow))) {
  quitWhenLastWindowCloses(app, process.platform);
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) void openMainWindow();
  });
  void whenReady();
}
