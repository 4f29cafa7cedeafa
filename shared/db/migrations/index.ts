// Every schema version, in order. Versions only grow: add a file, never edit a shipped one.
import type { Migration } from './migration';
import { v1 } from './v1';

export const MIGRATIONS: readonly Migration[] = [v1];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
