// Older archive formats pass through one upgrade function per version, in order.
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT_VERSION, UPGRADES, upgradeTables, type Upgrade } from '../../../shared/archive';

describe('upgradeTables', () => {
  it('leaves the current format unchanged', () => {
    const tables = { documents: [{ id: 'd' }] };
    expect(upgradeTables(tables, ARCHIVE_FORMAT_VERSION)).toBe(tables);
  });

  it('has an upgrade for every older format', () => {
    for (let version = 1; version < ARCHIVE_FORMAT_VERSION; version++) expect(UPGRADES[version], `format ${version}`).toBeTypeOf('function');
  });

  it('applies each step once, oldest first', () => {
    const steps: Record<number, Upgrade> = {
      1: (t) => ({ ...t, log: [...(t.log as string[]), 'v1→v2'] }),
      2: (t) => ({ ...t, log: [...(t.log as string[]), 'v2→v3'] }),
    };
    expect(upgradeTables({ log: [] }, 1, steps, 3)).toEqual({ log: ['v1→v2', 'v2→v3'] });
    expect(upgradeTables({ log: [] }, 2, steps, 3)).toEqual({ log: ['v2→v3'] });
  });

  it('refuses a format whose upgrade is missing', () => {
    expect(() => upgradeTables({}, 1, {}, 2)).toThrow(/Archive format 1 can no longer be opened/);
  });
});
