// The Library's live reads: document summaries (never their text) and the cities to name them by.
import { useLiveQuery } from 'dexie-react-hooks';
import { listCities, type RepositoryDb } from '../../../../shared/db';
import { summariseDocument, toDocumentRows, type DocumentRow } from '../../../../shared/library';
import type { City } from '../../../../shared/model';

export interface LibraryData {
  rows: DocumentRow[];
  cities: City[];
}

/** Re-runs whenever documents or cities change; undefined while the first read is in flight. */
export function useLibraryData(db: RepositoryDb): LibraryData | undefined {
  return useLiveQuery(async () => {
    const summaries: ReturnType<typeof summariseDocument>[] = [];
    // each() lets every document's text be collected as soon as its summary is taken.
    await db.documents.each((doc) => {
      summaries.push(summariseDocument(doc));
    });
    const cities = await listCities(db);
    return { rows: toDocumentRows(summaries, cities), cities };
  }, [db]);
}
