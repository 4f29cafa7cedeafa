// How backups and storage figures read in Settings.
import { formatBytes } from '../../../../shared/archive';
import { parseBackupName, type BackupReason } from '../../../../shared/backup';

const REASONS: Record<BackupReason, string> = {
  daily: 'Daily',
  quit: 'On closing',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
};

export function backupWhen(name: string): string {
  const parsed = parseBackupName(name);
  return parsed ? parsed.takenAt.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : name;
}

export function backupReason(name: string): string {
  const parsed = parseBackupName(name);
  return parsed ? REASONS[parsed.reason] : '';
}

export function bytes(n: number | null): string {
  if (n === null) return 'unknown';
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : formatBytes(n);
}
