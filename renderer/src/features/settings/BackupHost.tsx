// Runs backups without being asked: persistent storage at start-up, the daily backup, the backup before the window closes, and menu commands.
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { RepositoryDb } from '../../../../shared/db';
import { bridge, isDesktop } from '../../bridge';
import { backUpBeforeClosing, backUpIfDue } from './backup-actions';
import { requestPersistentStorage } from './storage';

/** The first check waits for the app to settle; later ones run every half hour while the app is open. */
const FIRST_CHECK_MS = 15_000;
const CHECK_EVERY_MS = 30 * 60_000;

export function BackupHost({ db, goTo }: { db: RepositoryDb; goTo: (path: string) => void }) {
  useEffect(() => {
    void requestPersistentStorage();
    let failedOnce = false;
    const check = () =>
      void backUpIfDue(db).then((report) => {
        if (report.ok || failedOnce) return;
        failedOnce = true;
        notifications.show({ title: 'The automatic backup failed', message: report.error.message, color: 'red', autoClose: 12_000 });
      });
    const first = setTimeout(check, FIRST_CHECK_MS);
    const every = setInterval(check, CHECK_EVERY_MS);
    // A browser tab can be closed without notice: when it is hidden, a due backup is taken while the page still runs.
    const onHidden = () => {
      if (!isDesktop && document.visibilityState === 'hidden') check();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      clearTimeout(first);
      clearInterval(every);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [db]);

  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'backup-before-close') void backUpBeforeClosing(db);
        else if (command === 'settings') goTo('/settings');
        else if (command === 'restore-backup') goTo('/settings/restore');
      }),
    [db, goTo],
  );
  return null;
}
