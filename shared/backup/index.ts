// Automatic backups: the rules (policy), one snapshot, restoring one, and the store interface platforms implement.
export * from './policy';
export * from './snapshot';
export * from './restore';
export type { BackupStore, StoredBackup } from './store';
