// What every IPC handler is given: the window its dialogs belong to, the size limits, and the saved-file registry.
import type { BrowserWindow } from 'electron';
import type { FileLimits } from './picked-files';
import type { SavedFiles } from './saved-files';

export interface HandlerContext {
  /** The window dialogs are attached to, when one is open. */
  parentWindow: () => BrowserWindow | null;
  limits: FileLimits;
  savedFiles: SavedFiles;
  /** The folder the first save dialog opens in (later ones open where the last export went). */
  defaultExportFolder: () => string;
}
