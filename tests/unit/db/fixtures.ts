// A minimal valid document for database tests.
import { addDocument, type RepositoryDb } from '../../../shared/db';
import type { Document } from '../../../shared/model';
import { testContext } from '../../helpers';

export async function addTestDocument(db: RepositoryDb, text = 'We met at the housing office in Vienna.'): Promise<Document> {
  const result = await addDocument(
    db,
    testContext,
    {
      title: 'Interview 1',
      kind: 'interview',
      sourceFormat: 'txt',
      language: 'eng',
      text,
      textHash: 'hash-' + text.length,
      sha256: 'sha-' + Math.random(),
      pages: [],
      turns: [],
      headings: [],
      cityIds: [],
      themeIds: [],
      attributes: {},
      metadata: {},
      importedFrom: 'interview-1.txt',
      size: text.length,
    },
    null,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
