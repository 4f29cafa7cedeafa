// Where backups live: a folder (Electron main) or the browser's private file system; the renderer sees only this.
import type { Result } from '../result';

export interface StoredBackup {
  name: string;
  size: number;
}

export interface BackupStore {
  /** Where the backups are, for people: a folder path, or "this browser". */
  describe(): Promise<Result<string>>;
  list(): Promise<Result<StoredBackup[]>>;
  write(name: string, bytes: Uint8Array): Promise<Result<StoredBackup>>;
  read(name: string): Promise<Result<Uint8Array>>;
  remove(name: string): Promise<Result<true>>;
}
