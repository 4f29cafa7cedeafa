// The renderer's side of backups: the store behind the bridge, the settings in this profile, and the actions Settings and the menu run.
import { notifications } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import { version as APP_VERSION } from '../../../../package.json';
import {
  backupIfDue,
  normaliseBackupSettings,
  restoreBackup,
  takeBackup,
  type BackupReason,
  type BackupSettings,
  type BackupStore,
  type SnapshotReport,
} from '../../../../shared/backup';
import type { RepositoryDb } from '../../../../shared/db';
import type { Result } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';

/** Backups through the bridge: Electron's backup folder, or the browser's private file system. */
export const bridgeBackupStore: BackupStore = {
  describe: () => bridge.backupFolder({}),
  list: () => bridge.listBackups({}),
  write: (name, bytes) => bridge.writeBackup({ name, bytes: bytes as Uint8Array<ArrayBuffer> }),
  read: (name) => bridge.readBackup({ name }),
  remove: (name) => bridge.deleteBackup({ name }),
};

const SETTINGS_KEY = 'comparanda.backups';
const STAMP_KEY = 'comparanda.backups.stamp';
const listeners = new Set<() => void>();
let cached: BackupSettings | null = null;

/** Backup settings belong to this computer (this browser profile), not to the repository, so a restore keeps them. */
export function backupSettings(): BackupSettings {
  if (cached) return cached;
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    stored = null;
  }
  cached = normaliseBackupSettings(stored);
  return cached;
}

export function saveBackupSettings(next: Partial<BackupSettings>): void {
  cached = normaliseBackupSettings({ ...backupSettings(), ...next });
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(cached));
  for (const listener of listeners) listener();
}

export function useBackupSettings(): BackupSettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backupSettings,
  );
}

type WorkerReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
let worker: Worker | null = null;
let nextId = 1;

/** The archive written by the backup worker (a large repository's export would otherwise hold up the window). */
function archiveInWorker(): Promise<Uint8Array> {
  worker ??= new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, appVersion: APP_VERSION });
  });
}

/** Where the archive is written: the worker in the app, this thread where workers do not exist (component tests). */
function archiveOptions(): { archive?: () => Promise<Uint8Array> } {
  return typeof Worker === 'undefined' ? {} : { archive: archiveInWorker };
}

/** Changes since the last backup show as a different stamp: the newest change-log entry and the document count. */
async function repositoryStamp(db: RepositoryDb): Promise<string> {
  const [last, documents] = await Promise.all([db.changes.orderBy(':id').lastKey(), db.documents.count()]);
  return `${String(last ?? 0)}:${documents}`;
}

async function remember(db: RepositoryDb, report: Result<SnapshotReport | null>): Promise<void> {
  if (report.ok && report.value?.written) localStorage.setItem(STAMP_KEY, await repositoryStamp(db));
}

/** Takes a backup now, shown in the status bar; `reason` is part of its name. */
export async function backUpNow(db: RepositoryDb, reason: BackupReason): Promise<Result<SnapshotReport>> {
  const report = await backgroundWork.run('Backing up the repository', () =>
    takeBackup(db, bridgeBackupStore, { reason, settings: backupSettings(), appVersion: APP_VERSION, ...archiveOptions() }),
  );
  await remember(db, report);
  return report;
}

/** The automatic daily backup, when one is due and backups are on. */
export async function backUpIfDue(db: RepositoryDb): Promise<Result<SnapshotReport | null>> {
  const report = await backupIfDue(db, bridgeBackupStore, { settings: backupSettings(), appVersion: APP_VERSION, ...archiveOptions() });
  await remember(db, report);
  return report;
}

/** Before the window closes: a backup when backups are on and something changed since the last one. */
export async function backUpBeforeClosing(db: RepositoryDb): Promise<void> {
  try {
    if (!backupSettings().enabled) return;
    if ((await repositoryStamp(db)) === localStorage.getItem(STAMP_KEY)) return;
    await backUpNow(db, 'quit');
  } finally {
    await bridge.backupReadyToClose({});
  }
}

/** Replaces the repository with a backup, after an optional backup of the current state; tells the user how it went. */
export async function restoreFromBackup(db: RepositoryDb, name: string, keepCurrent: boolean): Promise<boolean> {
  if (keepCurrent) {
    const before = await backUpNow(db, 'before-restore');
    if (!before.ok) {
      notifications.show({ title: 'Nothing was restored', message: `The current state could not be backed up first: ${before.error.message}`, color: 'red', autoClose: 10_000 });
      return false;
    }
  }
  const restored = await backgroundWork.run('Restoring a backup', async () => {
    const bytes = await bridgeBackupStore.read(name);
    if (!bytes.ok) return bytes;
    return restoreBackup(db, bytes.value, name);
  });
  if (!restored.ok) {
    notifications.show({ title: 'Nothing was restored', message: restored.error.message, color: 'red', autoClose: 10_000 });
    return false;
  }
  localStorage.setItem(STAMP_KEY, await repositoryStamp(db));
  const c = restored.value;
  notifications.show({
    title: 'Backup restored',
    message: `The repository now holds ${c.documents} documents, ${c.themes} themes and ${c.segments} coded passages.`,
    color: 'teal',
    autoClose: 6000,
  });
  return true;
}
