// The backup worker: writes the repository's .comparanda archive off the UI thread and hands the bytes back.
import { exportArchive } from '../../../../shared/archive';
import { RepositoryDb } from '../../../../shared/db';
import { REPOSITORY_DATABASE_NAME } from '../../db';

const db = new RepositoryDb(REPOSITORY_DATABASE_NAME, { indexedDB: self.indexedDB, IDBKeyRange: self.IDBKeyRange });

self.addEventListener('message', (event: MessageEvent<{ id: number; appVersion: string }>) => {
  const { id, appVersion } = event.data;
  exportArchive(db, { appVersion }).then(
    (bytes) => self.postMessage({ id, ok: true, bytes }, { transfer: [bytes.buffer as ArrayBuffer] }),
    (error: unknown) => self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
