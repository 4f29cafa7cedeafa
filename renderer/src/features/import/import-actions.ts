// Where imports start: the file and folder pickers (menu, buttons, Ctrl/Cmd+O); drops go straight to the session.
import { notifications } from '@mantine/notifications';
import type { RepositoryDb } from '../../../../shared/db';
import { bridge } from '../../bridge';
import type { ImportSession } from './import-session';

/** Lets the user pick files (or a folder) and imports them in the background; the report opens when done. */
export async function pickFilesToImport(db: RepositoryDb, session: ImportSession, folders = false): Promise<void> {
  const result = await bridge.pickFilesToImport({ folders });
  if (!result.ok) {
    notifications.show({ title: 'Files could not be read', message: result.error.message, color: 'red', autoClose: 8000 });
    return;
  }
  await session.importFiles(db, result.value);
}
