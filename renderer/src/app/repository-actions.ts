// What the menu, the header and the empty states do to the repository, with the user told the outcome.
import { notifications } from '@mantine/notifications';
import { redo, undo, getSetting, type MutationContext, type RepositoryDb } from '../../../shared/db';
import { SETTING_KEYS } from '../../../shared/model';
import { loadSampleProject } from '../../../shared/sample';
import { backgroundWork } from './background-work';

/** The name recorded on changes: the coder set in the repository, or a neutral default. */
export async function mutationContext(db: RepositoryDb): Promise<MutationContext> {
  return { coder: (await getSetting<string>(db, SETTING_KEYS.coderName)) ?? 'Researcher' };
}

function showFailure(title: string, message: string): void {
  notifications.show({ title, message, color: 'red', autoClose: 8000 });
}

export async function undoLastChange(db: RepositoryDb): Promise<void> {
  const result = await undo(db);
  if (!result.ok) return showFailure('Nothing was undone', result.error.message);
  notifications.show({
    title: result.value ? 'Undone' : 'Nothing to undo',
    message: result.value ? result.value.label : 'There are no changes to undo.',
    autoClose: 3000,
  });
}

export async function redoLastChange(db: RepositoryDb): Promise<void> {
  const result = await redo(db);
  if (!result.ok) return showFailure('Nothing was redone', result.error.message);
  notifications.show({
    title: result.value ? 'Redone' : 'Nothing to redo',
    message: result.value ? result.value.label : 'There are no undone changes to redo.',
    autoClose: 3000,
  });
}

export async function openSampleProject(db: RepositoryDb): Promise<boolean> {
  const ctx = await mutationContext(db);
  const result = await backgroundWork.run('Loading the sample project', () => loadSampleProject(db, ctx));
  if (!result.ok) {
    showFailure('The sample project was not loaded', result.error.message);
    return false;
  }
  const { documents, cities, themes, segments } = result.value;
  notifications.show({
    title: 'Sample project loaded',
    message: `${documents} documents, ${cities} cities, ${themes} themes and ${segments} coded passages.`,
    color: 'teal',
  });
  return true;
}
