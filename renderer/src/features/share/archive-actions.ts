// Repository archives from the Share screen and the menu: save all or a selection, open one into an empty repository, pick one to merge.
import { notifications } from '@mantine/notifications';
import { version as APP_VERSION } from '../../../../package.json';
import { ARCHIVE_EXTENSION, exportArchive, openArchive, readArchive, safeFileName, type ArchiveContents, type ArchiveSelection, type MergeReport } from '../../../../shared/archive';
import { countRepository, repositoryName, type RepositoryDb } from '../../../../shared/db';
import { toFailure } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';

async function saveBytes(title: string, suggestedName: string, bytes: Uint8Array, filter: { name: string; extensions: string[] }): Promise<void> {
  const saved = await bridge.saveExport({ suggestedName, bytes: bytes as Uint8Array<ArrayBuffer>, filters: [filter] });
  if (!saved.ok) {
    notifications.show({ title: `The ${title} was not saved`, message: saved.error.message, color: 'red' });
  } else if (saved.value) {
    notifications.show({ title: `${title[0]!.toUpperCase()}${title.slice(1)} saved`, message: saved.value.name, color: 'teal' });
  }
}

/** Saves the whole repository, or the documents of a selection of cities and themes, as a .comparanda file. */
export async function saveRepositoryArchive(db: RepositoryDb, selection?: ArchiveSelection): Promise<void> {
  try {
    const name = await repositoryName(db);
    const label = selection ? 'Writing the selection archive' : 'Writing the repository archive';
    const bytes = await backgroundWork.run(label, () => exportArchive(db, { appVersion: APP_VERSION, selection }));
    const suffix = selection ? ' (selection)' : '';
    await saveBytes('archive', `${safeFileName(name + suffix)}${ARCHIVE_EXTENSION}`, bytes, { name: 'Comparanda archive', extensions: [ARCHIVE_EXTENSION.slice(1)] });
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

/** The File menu's "Open archive…": into an empty repository as it is; into one holding data, through the merge review. */
export async function openOrMergeArchive(db: RepositoryDb, startMerge: () => void): Promise<void> {
  const counts = await countRepository(db);
  if (counts.documents + counts.themes + counts.cities > 0) startMerge();
  else await openRepositoryArchive(db);
}

/** Picks and reads an archive to merge; null when cancelled or refused (the reason is shown). */
export async function pickArchiveToMerge(): Promise<{ name: string; contents: ArchiveContents } | null> {
  const picked = await bridge.openArchive({});
  if (!picked.ok) {
    notifications.show({ title: 'The archive could not be read', message: picked.error.message, color: 'red' });
    return null;
  }
  if (!picked.value) return null;
  const file = picked.value;
  const read = await backgroundWork.run(`Reading ${file.name}`, () => readArchive(file.bytes, {}, file.name));
  if (!read.ok) {
    notifications.show({ title: `${file.name} cannot be merged`, message: read.error.message, color: 'red', autoClose: 10_000 });
    return null;
  }
  return { name: file.name, contents: read.value };
}

export async function saveMergeReport(report: MergeReport, archiveName: string): Promise<void> {
  const bytes = new TextEncoder().encode(`${JSON.stringify({ merged: archiveName, ...report }, null, 2)}\n`);
  const base = safeFileName(archiveName.replace(/\.[^.]+$/, ''));
  await saveBytes('merge report', `${base} merge report.json`, bytes, { name: 'JSON', extensions: ['json'] });
}
