// Upgrades of older archive formats: UPGRADES[n] turns format n's raw data into format n + 1.
import { DomainError } from '../result';
import { ARCHIVE_FORMAT_VERSION } from './format';

/** An archive's data files as parsed JSON, before validation, keyed by table name. */
export type RawTables = Record<string, unknown>;
export type Upgrade = (tables: RawTables) => RawTables;

export const UPGRADES: Readonly<Record<number, Upgrade>> = {
  /** Format 2 added saved searches and the search index: a format-1 archive has neither. */
  1: (tables) => ({ ...tables, savedSearches: [], searchShards: [] }),
};

/** Runs every step from `fromVersion` up to the current format, one version at a time. */
export function upgradeTables(
  tables: RawTables,
  fromVersion: number,
  upgrades: Readonly<Record<number, Upgrade>> = UPGRADES,
  toVersion: number = ARCHIVE_FORMAT_VERSION,
): RawTables {
  let current = tables;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = upgrades[version];
    if (!step) throw new DomainError('unsupported-format', `Archive format ${version} can no longer be opened by this version of Comparanda.`);
    current = step(current);
  }
  return current;
}
