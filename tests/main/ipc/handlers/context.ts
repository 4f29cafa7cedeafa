// A handler context for tests: no parent window, the given limits, and a fresh saved-file registry.
import { DEFAULT_FILE_LIMITS } from '../../../../main/ipc/handlers/picked-files';
import type { FileLimits } from '../../../../main/ipc/handlers/picked-files';
import type { HandlerContext } from '../../../../main/ipc/handlers/context';
import { SavedFiles } from '../../../../main/ipc/handlers/saved-files';
import { BackupFolder } from '../../../../main/backups/backup-folder';
import { CloseGuard } from '../../../../main/backups/close-guard';

export function testContext(limits: Partial<FileLimits> = {}, exportFolder = '/nonexistent', userData = '/nonexistent'): HandlerContext {
  return {
    parentWindow: () => null,
    limits: { ...DEFAULT_FILE_LIMITS, ...limits },
    savedFiles: new SavedFiles(),
    defaultExportFolder: () => exportFolder,
    backups: { folder: new BackupFolder(userData), closeGuard: new CloseGuard() },
  };
}
