// Every schema version, in order. Versions only grow: add a file, never edit a shipped one.
import type { Migration } from './migration';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
