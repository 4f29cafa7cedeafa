// Repository functions for documents and their original files; each takes the database first.
import {
  DOCUMENT_KINDS,
  documentSchema,
  documentTextSchema,
  isoNow,
  randomId,
  sourceSchema,
  type Document,
  type DocumentKind,
  type IdGenerator,
  type Source,
} from '../../model';
import { DomainError, type Result } from '../../result';
import { mutate, type MutationContext } from '../changes';
import type { RepositoryDb } from '../database';
import { validRow } from '../validate';

/** A document as an importer produces it, before ids and timestamps. */
export type NewDocument = Omit<Document, 'id' | 'createdAt' | 'updatedAt' | 'sourceId' | 'textLength'> & {
  id?: string;
  /** The normalised (NFC) text; stored in the texts table. */
  text: string;
};
export type NewSource = Omit<Source, 'id' | 'documentId' | 'importedAt'>;

export interface AddDocumentContext extends MutationContext {
  newId?: IdGenerator;
}

/** Stores a document with its original file in one transaction; a duplicate original is refused. */
export async function addDocument(
  db: RepositoryDb,
  ctx: AddDocumentContext,
  input: NewDocument,
  original: NewSource | null,
): Promise<Result<Document>> {
  const newId = ctx.newId ?? randomId;
  return mutate(db, ctx, `Imported "${input.title}"`, async (draft) => {
    const duplicate = await findDuplicate(db, input.sha256);
    if (duplicate) {
      throw new DomainError('duplicate', `"${input.importedFrom}" is already in the repository as "${duplicate.title}".`);
    }
    const now = isoNow(ctx.clock);
    const id = input.id ?? newId();
    const sourceId = original ? newId() : null;
    const { text, ...fields } = input;
    const doc = validRow(
      documentSchema,
      { ...fields, id, sourceId, textLength: text.length, createdAt: now, updatedAt: now },
      'document',
    );
    await draft.put('texts', validRow(documentTextSchema, { id, text }, 'document text'));
    if (original) {
      const source = validRow(sourceSchema, { ...original, id: sourceId, documentId: id, importedAt: now }, 'original file');
      await draft.put('sources', source);
    }
    await draft.put('documents', doc);
    return doc;
  });
}

export async function findDuplicate(db: RepositoryDb, sha256: string): Promise<Document | undefined> {
  return db.documents.where('sha256').equals(sha256).first();
}

export async function getDocument(db: RepositoryDb, id: string): Promise<Document | undefined> {
  return db.documents.get(id);
}

/** A document's immutable text ('' when the document is gone). */
export async function getDocumentText(db: RepositoryDb, id: string): Promise<string> {
  return (await db.texts.get(id))?.text ?? '';
}

/** The metadata a researcher may edit; the text itself is immutable. */
export type DocumentEdit = Partial<Pick<Document, 'title' | 'kind' | 'cityIds' | 'themeIds' | 'attributes' | 'metadata'>>;

export async function updateDocument(
  db: RepositoryDb,
  ctx: MutationContext,
  id: string,
  edit: DocumentEdit,
): Promise<Result<Document>> {
  return mutate(db, ctx, 'Edited document details', async (draft) => {
    const current = await draft.get<Document>('documents', id);
    if (!current) throw new DomainError('not-found', 'That document is no longer in the repository.');
    const next = validRow(documentSchema, { ...current, ...edit, updatedAt: isoNow(ctx.clock) }, 'document');
    await draft.put('documents', next);
    return next;
  });
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
