// Repository archives from the Share screen and the menu: save one, or open one into an empty repository.
import { notifications } from '@mantine/notifications';
import { version as APP_VERSION } from '../../../../package.json';
import { ARCHIVE_EXTENSION, exportArchive, openArchive, safeFileName } from '../../../../shared/archive';
import { repositoryName, type RepositoryDb } from '../../../../shared/db';
import { toFailure } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';

export async function saveRepositoryArchive(db: RepositoryDb): Promise<void> {
  try {
    const name = await repositoryName(db);
    const bytes = await backgroundWork.run('Writing the repository archive', () => exportArchive(db, { appVersion: APP_VERSION }));
    const saved = await bridge.saveExport({
      suggestedName: `${safeFileName(name)}${ARCHIVE_EXTENSION}`,
      bytes: bytes as Uint8Array<ArrayBuffer>,
      filters: [{ name: 'Comparanda archive', extensions: [ARCHIVE_EXTENSION.slice(1)] }],
    });
    if (!saved.ok) {
      notifications.show({ title: 'The archive was not saved', message: saved.error.message, color: 'red' });
    } else if (saved.value) {
      notifications.show({ title: 'Archive saved', message: saved.value.name, color: 'teal' });
    }
  } catch (error) {
    notifications.show({ title: 'The archive was not written', message: toFailure(error).message, color: 'red' });
  }
}

export async function openRepositoryArchive(db: RepositoryDb): Promise<void> {
  const picked = await bridge.openArchive({});
  if (!picked.ok) {
    notifications.show({ title: 'The archive could not be read', message: picked.error.message, color: 'red' });
    return;
  }
  if (!picked.value) return;
  const file = picked.value;
  const loaded = await backgroundWork.run(`Opening ${file.name}`, () => openArchive(file.bytes, db, {}, file.name));
  if (!loaded.ok) {
    notifications.show({ title: `${file.name} was not opened`, message: loaded.error.message, color: 'red', autoClose: 10_000 });
    return;
  }
  const { documents, cities, themes, segments } = loaded.value;
  notifications.show({
    title: `${file.name} opened`,
    message: `${documents} documents, ${cities} cities, ${themes} themes and ${segments} coded passages.`,
    color: 'teal',
  });
}
