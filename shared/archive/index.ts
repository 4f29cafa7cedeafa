// The .comparanda repository archive: export, untrusted read, and load into an empty repository.
export * from './format';
export type { ArchiveContents, ArchivedShard } from './contents';
export type { ArchiveSelection } from './select';
export { exportArchive, type ExportOptions, type ArchivedSource } from './write';
export { readArchive } from './read';
export { loadArchiveInto, openArchive } from './load';
export { UPGRADES, upgradeTables, type RawTables, type Upgrade } from './upgrades';
export { unsafeEntryReason, safeFileName, originalPath } from './names';
export { formatBytes } from './unpack';
export * from './merge';
