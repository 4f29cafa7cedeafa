// The backup folder on disk: only files named like backups are listed, read, written or deleted, and only inside the folder.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isBackupName } from '../../shared/backup/policy';
import type { StoredBackup } from '../../shared/backup/store';
import { fail, ok, type Result } from '../../shared/result';
import { plainReason, writeAtomically } from '../ipc/handlers/write-atomically';

/** Where the chosen folder is remembered between runs. */
const CHOICE_FILE = 'backup-folder.json';

export class BackupFolder {
  private chosen: string | null | undefined;

  /** `userData` holds the default folder (userData/backups) and the remembered choice. */
  constructor(private readonly userData: string) {}

  get defaultFolder(): string {
    return path.join(this.userData, 'backups');
  }

  async folder(): Promise<string> {
    if (this.chosen === undefined) {
      try {
        const saved = JSON.parse(await readFile(path.join(this.userData, CHOICE_FILE), 'utf8')) as { folder?: unknown };
        this.chosen = typeof saved.folder === 'string' && path.isAbsolute(saved.folder) ? saved.folder : null;
      } catch {
        this.chosen = null;
      }
    }
    return this.chosen ?? this.defaultFolder;
  }

  /** Remembers a folder the user picked in main's own dialog; null goes back to the default. */
  async choose(folder: string | null): Promise<void> {
    if (folder !== null && !path.isAbsolute(folder)) throw new Error('a backup folder must be an absolute path');
    await mkdir(this.userData, { recursive: true });
    await writeAtomically(path.join(this.userData, CHOICE_FILE), new TextEncoder().encode(JSON.stringify({ folder })));
    this.chosen = folder;
  }

  /** The full path of a backup, or null when the name is not a backup's (no separators, no "..", no other files). */
  private async pathOf(name: string): Promise<string | null> {
    if (!isBackupName(name) || path.basename(name) !== name) return null;
    const folder = await this.folder();
    const full = path.join(folder, name);
    return path.dirname(full) === path.resolve(folder) ? full : null;
  }

  async list(): Promise<Result<StoredBackup[]>> {
    const folder = await this.folder();
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return ok([]);
      return fail('backup-folder-unreadable', `The backup folder ${folder} could not be read: ${plainReason(error)}.`);
    }
    const backups: StoredBackup[] = [];
    for (const name of names.filter(isBackupName)) {
      const info = await stat(path.join(folder, name)).catch(() => null);
      if (info?.isFile()) backups.push({ name, size: info.size });
    }
    return ok(backups);
  }

  async write(name: string, bytes: Uint8Array): Promise<Result<StoredBackup>> {
    const target = await this.pathOf(name);
    if (!target) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not written.`);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeAtomically(target, bytes);
    } catch (error) {
      return fail('backup-failed', `The backup could not be written to ${path.dirname(target)}: ${plainReason(error)}.`);
    }
    return ok({ name, size: bytes.byteLength });
  }

  async read(name: string): Promise<Result<Uint8Array>> {
    const target = await this.pathOf(name);
    if (!target) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not read.`);
    try {
      return ok(new Uint8Array(await readFile(target)));
    } catch (error) {
      const missing = (error as { code?: string }).code === 'ENOENT';
      return fail(missing ? 'backup-missing' : 'backup-unreadable', missing ? `The backup "${name}" no longer exists.` : `The backup "${name}" could not be read.`);
    }
  }

  async remove(name: string): Promise<Result<true>> {
    const target = await this.pathOf(name);
    if (!target) return fail('not-a-backup-name', `"${name}" is not a backup's name, so it was not deleted.`);
    try {
      await rm(target, { force: true });
    } catch (error) {
      return fail('backup-delete-failed', `The backup "${name}" could not be deleted: ${plainReason(error)}.`);
    }
    return ok(true);
  }
}
