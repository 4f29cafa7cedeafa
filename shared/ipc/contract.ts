// The one IPC contract between the renderer and Electron's main process.
// The preload bridge (`satisfies Bridge`) and main's handler map are both derived from it, so a
// channel without a handler or a bridge method is a compile error. Main never accepts a path:
// files come in through its own dialogs and go out through its own save dialog.
import { z } from 'zod';
import { isBackupName } from '../backup/policy';
import type { StoredBackup } from '../backup/store';
import type { Result } from '../result';

/** A file the user picked, with its bytes; `path` is relative to the picked folder, or the bare name. */
export interface PickedFile {
  name: string;
  path: string;
  bytes: Uint8Array;
}

export interface SavedFile {
  /** An opaque token main remembers, so the renderer can ask to reveal the file without a path. */
  token: string;
  name: string;
}

export interface AppInfo {
  name: string;
  version: string;
  electron: string | null;
  chrome: string | null;
  node: string | null;
  platform: string;
  dataFolder: string | null;
}

export const FILE_FILTERS = z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(20)).max(50) })).max(10);

/** A backup is named by the backup policy; main checks the name again before touching its folder. */
const BACKUP_NAME = z.string().min(1).max(120).refine(isBackupName, 'not a backup file name');

/** Payload validators: main runs every incoming payload through these. */
export const requestSchemas = {
  'import:pick-files': z.object({ folders: z.boolean() }).strict(),
  'export:save': z
    .object({
      suggestedName: z
        .string()
        .min(1)
        .max(255)
        .refine((n) => !/[\\/]|^\.\.?$/.test(n), 'a suggested name must be a bare file name'),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 2 * 1024 ** 3, 'exports are limited to 2 GB'),
      filters: FILE_FILTERS.optional(),
    })
    .strict(),
  'archive:open': z.object({}).strict(),
  'file:reveal': z.object({ token: z.string().min(1).max(100) }).strict(),
  'app:info': z.object({}).strict(),
  'backup:list': z.object({}).strict(),
  'backup:write': z.object({ name: BACKUP_NAME, bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 2 * 1024 ** 3, 'backups are limited to 2 GB') }).strict(),
  'backup:read': z.object({ name: BACKUP_NAME }).strict(),
  'backup:delete': z.object({ name: BACKUP_NAME }).strict(),
  'backup:folder': z.object({}).strict(),
  'backup:choose-folder': z.object({ reset: z.boolean() }).strict(),
  'backup:ready-to-close': z.object({}).strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

/** What each channel answers with, as the `value` of a Result. */
export interface Responses {
  'import:pick-files': PickedFile[];
  'export:save': SavedFile | null;
  'archive:open': PickedFile | null;
  'file:reveal': true;
  'app:info': AppInfo;
  'backup:list': StoredBackup[];
  'backup:write': StoredBackup;
  'backup:read': Uint8Array;
  'backup:delete': true;
  /** The backup folder's path, for people to read. */
  'backup:folder': string;
  /** The folder now used, or null when the dialog was cancelled. */
  'backup:choose-folder': string | null;
  'backup:ready-to-close': true;
}

export type Response<C extends Channel> = Result<Responses[C]>;

/** Commands main sends to the renderer from the application menu. */
export const MENU_COMMANDS = [
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
  /** Sent when the window is about to close: take a backup, then answer with backupReadyToClose. */
  'backup-before-close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';

/** The bridge method name of every channel: one method per channel, nothing else but menu events. */
export const BRIDGE_METHODS = {
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
} as const satisfies Record<string, Channel>;

type MethodChannel<M extends keyof typeof BRIDGE_METHODS> = (typeof BRIDGE_METHODS)[M];

export type Bridge = {
  [M in keyof typeof BRIDGE_METHODS]: (request: Request<MethodChannel<M>>) => Promise<Response<MethodChannel<M>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

/** Main's handlers: one per channel; a missing one is a compile error. */
export type Handlers = { [C in Channel]: (request: Request<C>) => Promise<Response<C>> };
