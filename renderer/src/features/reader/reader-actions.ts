// What the Reader does to a document: saves edited details (undoable) and hands out the original file.
import { notifications } from '@mantine/notifications';
import { updateDocument, type DocumentEdit, type RepositoryDb } from '../../../../shared/db';
import type { Document } from '../../../../shared/model';
import { mutationContext } from '../../app/repository-actions';
import { bridge } from '../../bridge';

export async function saveDocumentDetails(db: RepositoryDb, documentId: string, edit: DocumentEdit): Promise<boolean> {
  const result = await updateDocument(db, await mutationContext(db), documentId, edit);
  if (!result.ok) {
    notifications.show({ title: 'The details were not saved', message: result.error.message, color: 'red', autoClose: 8000 });
    return false;
  }
  notifications.show({ title: 'Details saved', message: 'Undo in the header takes the change back.', autoClose: 2500 });
  return true;
}

/** The last part of a stored name, so a file from a folder saves under its own name. */
export function bareName(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).pop() ?? name;
}

export async function openOriginal(db: RepositoryDb, doc: Document): Promise<void> {
  const source = doc.sourceId ? await db.sources.get(doc.sourceId) : undefined;
  if (!source) {
    notifications.show({ title: 'No original file', message: `"${doc.title}" has no original file in the repository.`, color: 'yellow' });
    return;
  }
  const result = await bridge.saveExport({ suggestedName: bareName(source.name), bytes: source.bytes });
  if (!result.ok) notifications.show({ title: 'The original was not saved', message: result.error.message, color: 'red', autoClose: 8000 });
}
