// When a backup is due, what its file is called, and which older backups to delete: pure rules, no storage.

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = ['daily', 'quit', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_EXTENSION = '.comparanda';
const PREFIX = 'comparanda-backup-';
/** comparanda-backup-20261123-164500-123Z-daily.comparanda: sortable by name, safe on every file system. */
const NAME = /^comparanda-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})Z-([a-z-]+)\.comparanda$/;

export interface BackupSettings {
  /** Take backups at all. */
  enabled: boolean;
  /** How many backups to keep; the oldest beyond this are deleted after each new one. */
  keep: number;
  /** Hours between automatic backups while the app is open. */
  intervalHours: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { enabled: true, keep: 10, intervalHours: 24 };
export const KEEP_LIMITS = { min: 1, max: 100 } as const;

export interface BackupEntry {
  name: string;
  takenAt: Date;
  reason: BackupReason;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupName(takenAt: Date, reason: BackupReason): string {
  const d = takenAt;
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}`;
  return `${PREFIX}${date}-${time}Z-${reason}${BACKUP_EXTENSION}`;
}

/** The backup a file name stands for, or null for any other name (so nothing else in the folder is ever touched). */
export function parseBackupName(name: string): BackupEntry | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const [year, month, day, hours, minutes, seconds, ms] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  const takenAt = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms));
  if (takenAt.getUTCMonth() !== month - 1 || takenAt.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 59) return null;
  return { name, takenAt, reason };
}

export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null;
}

/** The backups among `names`, newest first; other names are left out. */
export function backupsNewestFirst(names: readonly string[]): BackupEntry[] {
  return names
    .map(parseBackupName)
    .filter((b): b is BackupEntry => b !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** An automatic backup is due when none exists yet or the newest is at least `intervalHours` old. */
export function backupDue(names: readonly string[], now: Date, settings: BackupSettings): boolean {
  if (!settings.enabled) return false;
  const newest = backupsNewestFirst(names)[0];
  if (!newest) return true;
  return now.getTime() - newest.takenAt.getTime() >= settings.intervalHours * 3_600_000;
}

/** The backups to delete so that only the newest `keep` remain. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const kept = Math.max(KEEP_LIMITS.min, Math.min(KEEP_LIMITS.max, Math.floor(keep)));
  return backupsNewestFirst(names)
    .slice(kept)
    .map((b) => b.name);
}

/** Settings as stored (possibly old or hand-edited), made whole and within limits. */
export function normaliseBackupSettings(value: unknown): BackupSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof BackupSettings, unknown>>;
  const number = (v: unknown, fallback: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.min(max, Math.round(v))) : fallback;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_BACKUP_SETTINGS.enabled,
    keep: number(raw.keep, DEFAULT_BACKUP_SETTINGS.keep, KEEP_LIMITS.min, KEEP_LIMITS.max),
    intervalHours: number(raw.intervalHours, DEFAULT_BACKUP_SETTINGS.intervalHours, 1, 24 * 30),
  };
}
