// The handler map for every IPC channel; its type (Handlers) makes a missing channel a compile error.
import type { Handlers } from '../../../shared/ipc/contract';
import { appInfo } from './app-info';
import { openArchive } from './archive-open';
import { backupHandlers } from './backup';
import type { HandlerContext } from './context';
import { saveExport } from './export-save';
import { revealFile } from './file-reveal';
import { pickFilesToImport } from './import-files';

export type { HandlerContext } from './context';
export { DEFAULT_FILE_LIMITS } from './picked-files';
export { SavedFiles } from './saved-files';

export function createHandlers(context: HandlerContext): Handlers {
  return {
    'import:pick-files': (request) => pickFilesToImport(context, request),
    'export:save': (request) => saveExport(context, request),
    'archive:open': () => openArchive(context),
    'file:reveal': (request) => revealFile(context, request),
    'app:info': () => appInfo(),
    ...backupHandlers(context),
  };
}
