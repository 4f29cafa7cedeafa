// The Reader's live reads: one document with its cities, coded passages and the themes they use.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDocumentText, listCities, listThemes, segmentsOfDocument, type RepositoryDb } from '../../../../shared/db';
import type { City, Document, Segment, Theme } from '../../../../shared/model';

export interface ReaderData {
  document: Document | null;
  /** The document's immutable text. */
  text: string;
  cities: City[];
  /** Every city of the repository, for editing the document's cities. */
  allCities: City[];
  segments: Segment[];
  themes: Theme[];
}

export function useReaderData(db: RepositoryDb, documentId: string): ReaderData | undefined {
  return useLiveQuery(async () => {
    const document = (await db.documents.get(documentId)) ?? null;
    if (!document) return { document, text: '', cities: [], allCities: [], segments: [], themes: [] };
    const [text, cities, allCities, segments, themes] = await Promise.all([
      getDocumentText(db, documentId),
      db.cities.bulkGet(document.cityIds),
      listCities(db),
      segmentsOfDocument(db, documentId),
      listThemes(db),
    ]);
    return { document, text, cities: cities.filter((c): c is City => c !== undefined), allCities, segments, themes };
  }, [db, documentId]);
}

/** Titles for the "choose a document" list, in title order. */
export function useDocumentTitles(db: RepositoryDb): { id: string; title: string }[] | undefined {
  return useLiveQuery(async () => {
    const titles: { id: string; title: string }[] = [];
    await db.documents.orderBy('title').each((doc) => {
      titles.push({ id: doc.id, title: doc.title });
    });
    return titles;
  }, [db]);
}
