// The sandboxed preload: exposes window.bridge, one method per contract channel plus menu events, and never ipcRenderer itself.
// A sandboxed preload cannot load other files, so the contract's values are repeated here and checked against it by type.
import type * as Electron from 'electron';
import type { BRIDGE_METHODS, Bridge, MENU_CHANNEL, MENU_COMMANDS, MenuCommand } from '../shared/ipc/contract';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS is the only module form a sandboxed preload runs
const { contextBridge, ipcRenderer } = require('electron') as typeof Electron;

const METHODS = {
  pickFilesToImport: 'import:pick-files',
  saveExport: 'export:save',
  openArchive: 'archive:open',
  revealFile: 'file:reveal',
  appInfo: 'app:info',
  listBackups: 'backup:list',
  writeBackup: 'backup:write',
  readBackup: 'backup:read',
  deleteBackup: 'backup:delete',
  backupFolder: 'backup:folder',
  chooseBackupFolder: 'backup:choose-folder',
  backupReadyToClose: 'backup:ready-to-close',
} as const satisfies typeof BRIDGE_METHODS;
const COMMANDS = [
  'import',
  'export',
  'open-sample',
  'open-archive',
  'merge-archive',
  'undo',
  'redo',
  'about',
  'settings',
  'restore-backup',
  'keyboard-shortcuts',
  'backup-before-close',
] as const satisfies typeof MENU_COMMANDS;
const MENU_EVENTS: typeof MENU_CHANNEL = 'menu:command';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

const bridge = {
  pickFilesToImport: (request) => ipcRenderer.invoke(METHODS.pickFilesToImport, request),
  saveExport: (request) => ipcRenderer.invoke(METHODS.saveExport, request),
  openArchive: (request) => ipcRenderer.invoke(METHODS.openArchive, request),
  revealFile: (request) => ipcRenderer.invoke(METHODS.revealFile, request),
  appInfo: (request) => ipcRenderer.invoke(METHODS.appInfo, request),
  listBackups: (request) => ipcRenderer.invoke(METHODS.listBackups, request),
  writeBackup: (request) => ipcRenderer.invoke(METHODS.writeBackup, request),
  readBackup: (request) => ipcRenderer.invoke(METHODS.readBackup, request),
  deleteBackup: (request) => ipcRenderer.invoke(METHODS.deleteBackup, request),
  backupFolder: (request) => ipcRenderer.invoke(METHODS.backupFolder, request),
  chooseBackupFolder: (request) => ipcRenderer.invoke(METHODS.chooseBackupFolder, request),
  backupReadyToClose: (request) => ipcRenderer.invoke(METHODS.backupReadyToClose, request),
  onMenuCommand: (listener) => {
    const receive = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENTS, receive);
    return () => {
      ipcRenderer.removeListener(MENU_EVENTS, receive);
    };
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('bridge', bridge);
