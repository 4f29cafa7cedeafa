// Upgrades of older archive formats: UPGRADES[n] turns format n's raw data into format n + 1.
import { DomainError } from '../result';
import { ARCHIVE_FORMAT_VERSION } from './format';

/** An archive's data files as parsed JSON, before validation, keyed by table name. */
export type RawTables = Record<string, unknown>;
export type Upgrade = (tables: RawTables) => RawTables;

/** Format 1 is the first: nothing to upgrade yet. Add `1: (tables) => …` when format 2 ships. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {};

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
