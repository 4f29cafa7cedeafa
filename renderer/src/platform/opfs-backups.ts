// Backups in a browser tab: files in the origin's private file system (OPFS), under "backups", named by the backup policy.
import type { Bridge } from '../../../shared/ipc/contract';
import { isBackupName } from '../../../shared/backup/policy';
import type { StoredBackup } from '../../../shared/backup/store';
import { fail, ok } from '../../../shared/result';

type BackupMethods = Pick<
  Bridge,
  'listBackups' | 'writeBackup' | 'readBackup' | 'deleteBackup' | 'backupFolder' | 'chooseBackupFolder' | 'backupReadyToClose'
>;

export const BROWSER_BACKUP_PLACE = 'This browser’s private storage for Comparanda (not a folder you can open)';

async function folder(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) throw new Error('this browser has no private file storage');
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createOpfsBackups(): BackupMethods {
  return {
    async listBackups() {
      try {
        const dir = await folder();
        const found: StoredBackup[] = [];
        for await (const handle of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
          if (handle.kind !== 'file' || !isBackupName(handle.name)) continue;
          found.push({ name: handle.name, size: (await (handle as FileSystemFileHandle).getFile()).size });
        }
        return ok(found);
      } catch (error) {
        return fail('backup-folder-unreadable', `The backups in this browser could not be listed: ${reason(error)}.`);
      }
    },

    async writeBackup({ name, bytes }) {
      if (!isBackupName(name)) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not written.`);
      try {
        const handle = await (await folder()).getFileHandle(name, { create: true });
        const writable = await handle.createWritable();
        // createWritable writes to a temporary copy: the file changes only when close() succeeds.
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
        return ok({ name, size: bytes.byteLength });
      } catch (error) {
        return fail('backup-failed', `The backup could not be written in this browser: ${reason(error)}.`);
      }
    },

    async readBackup({ name }) {
      if (!isBackupName(name)) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not read.`);
      try {
        const file = await (await (await folder()).getFileHandle(name)).getFile();
        return ok(new Uint8Array(await file.arrayBuffer()));
      } catch {
        return fail('backup-missing', `The backup "${name}" no longer exists in this browser.`);
      }
    },

    async deleteBackup({ name }) {
      if (!isBackupName(name)) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not deleted.`);
      try {
        await (await folder()).removeEntry(name);
      } catch (error) {
        if ((error as { name?: string }).name !== 'NotFoundError') return fail('backup-delete-failed', `The backup "${name}" could not be deleted: ${reason(error)}.`);
      }
      return ok(true as const);
    },

    async backupFolder() {
      return ok(BROWSER_BACKUP_PLACE);
    },

    async chooseBackupFolder() {
      return fail('not-available', 'In the browser, backups are kept in its private storage; use the desktop app to choose a folder.');
    },

    async backupReadyToClose() {
      return ok(true as const);
    },
  };
}
