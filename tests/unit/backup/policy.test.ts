// Backup rules: names that sort by time and parse back, when one is due, which to prune, settings made whole.
import { describe, expect, it } from 'vitest';
import {
  backupDue,
  backupName,
  backupsNewestFirst,
  backupsToPrune,
  DEFAULT_BACKUP_SETTINGS,
  isBackupName,
  normaliseBackupSettings,
  parseBackupName,
} from '../../../shared/backup';

const at = (iso: string) => new Date(iso);
const daily = DEFAULT_BACKUP_SETTINGS;

describe('backup names', () => {
  it('carry the UTC time to the millisecond and the reason, and parse back', () => {
    const name = backupName(at('2026-11-23T16:45:07.089Z'), 'quit');
    expect(name).toBe('comparanda-backup-20261123-164507-089Z-quit.comparanda');
    expect(parseBackupName(name)).toEqual({ name, takenAt: at('2026-11-23T16:45:07.089Z'), reason: 'quit' });
  });

  it.each([
    ['thesis.docx'],
    ['comparanda-backup-20261123-164507-089Z-quit.comparanda.part'],
    ['../comparanda-backup-20261123-164507-089Z-quit.comparanda'],
    ['comparanda-backup-20261123-164507-089Z-weekly.comparanda'],
    ['comparanda-backup-20260231-164507-089Z-daily.comparanda'],
    ['comparanda-backup-20261123-254507-089Z-daily.comparanda'],
    ['.comparanda-backup-20261123-164507-089Z-daily.comparanda.1a2b.part'],
  ])('refuses %s', (name) => {
    expect(isBackupName(name)).toBe(false);
  });

  it('sort newest first, whatever order they are listed in, leaving other files out', () => {
    const names = ['2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z'].map((t) => backupName(at(t), 'daily'));
    expect(backupsNewestFirst([...names, 'notes.txt']).map((b) => b.takenAt.toISOString())).toEqual([
      '2026-01-03T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });
});

describe('backupDue', () => {
  const newest = backupName(at('2026-11-22T18:00:00Z'), 'daily');
  it.each([
    ['no backup yet', [], '2026-11-23T00:00:00Z', daily, true],
    ['only unrelated files', ['notes.txt'], '2026-11-23T00:00:00Z', daily, true],
    ['newest 23 h 59 min old', [newest], '2026-11-23T17:59:00Z', daily, false],
    ['newest exactly a day old', [newest], '2026-11-23T18:00:00Z', daily, true],
    ['newest 2 h old with a 1 h interval', [newest], '2026-11-22T20:00:00Z', { ...daily, intervalHours: 1 }, true],
    ['backups turned off', [], '2026-11-23T00:00:00Z', { ...daily, enabled: false }, false],
  ] as const)('%s → %s', (_what, names, now, settings, due) => {
    expect(backupDue(names, at(now), settings)).toBe(due);
  });
});

describe('backupsToPrune', () => {
  const names = Array.from({ length: 5 }, (_, i) => backupName(at(`2026-11-0${i + 1}T12:00:00Z`), i % 2 ? 'quit' : 'daily'));
  it.each([
    [5, []],
    [10, []],
    [3, [names[1], names[0]]],
    [1, [names[3], names[2], names[1], names[0]]],
    [0, [names[3], names[2], names[1], names[0]]],
  ] as const)('keeping %i deletes the oldest beyond it', (keep, pruned) => {
    expect(backupsToPrune([...names, 'thesis.docx'].reverse(), keep)).toEqual(pruned);
  });
});

describe('normaliseBackupSettings', () => {
  it.each([
    [undefined, DEFAULT_BACKUP_SETTINGS],
    ['nonsense', DEFAULT_BACKUP_SETTINGS],
    [{ keep: 500, intervalHours: 0, enabled: false }, { keep: 100, intervalHours: 1, enabled: false }],
    [{ keep: 3.4, intervalHours: Number.NaN }, { ...DEFAULT_BACKUP_SETTINGS, keep: 3 }],
  ])('%j → %j', (stored, settings) => {
    expect(normaliseBackupSettings(stored)).toEqual(settings);
  });
});
