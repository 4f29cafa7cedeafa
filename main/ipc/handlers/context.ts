// What every IPC handler is given: the window its dialogs belong to, the size limits, and the saved-file registry.
import type { BrowserWindow } from 'electron';
import type { BackupFolder } from '../../backups/backup-folder';
import type { CloseGuard } from '../../backups/close-guard';
import type { FileLimits } from './picked-files';
import type { SavedFiles } from './saved-files';

export interface HandlerContext {
  /** The window dialogs are attached to, when one is open. */
  parentWindow: () => BrowserWindow | null;
  limits: FileLimits;
  savedFiles: SavedFiles;
  /** The folder the first save dialog opens in (later ones open where the last export went). */
  defaultExportFolder: () => string;
  /** The automatic backups' folder, and the hold on closing the window until the renderer's backup is written. */
  backups: { folder: BackupFolder; closeGuard: CloseGuard };
}
