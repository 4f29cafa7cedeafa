// A Quote: a coded passage as the comparison and the chapter cite it (text read from the document, never copied).
import type { RepositoryDb } from '../db';
import { getDocumentText } from '../db';
import { segmentText, type City, type Document, type DocumentKind, type Segment } from '../model';
import { formatTimestamp, locate } from './location';

export interface Quote {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  kind: DocumentKind;
  /** The date the material is about (Document.metadata.date), ISO yyyy-mm-dd. */
  date?: string;
  language: string;
  /** The effective city: the passage's own city, else the document's first city; null when neither has one. */
  cityId: string | null;
  cityName?: string;
  themeIds: string[];
  /** The passage, read from the document's text at the segment's offsets. */
  text: string;
  start: number;
  end: number;
  speaker?: string;
  page?: number;
  /** The printed page label, when the PDF has one that differs from the page number. */
  pageLabel?: string;
  /** Seconds from the start of the recording, for transcripts with timestamps. */
  timeStart?: number;
  coder: string;
}

/** The city a passage is about: its override, else its document's first city. */
export function effectiveCityId(segment: Pick<Segment, 'cityId'>, document: Pick<Document, 'cityIds'>): string | null {
  return segment.cityId ?? document.cityIds[0] ?? null;
}

/** Builds the quote of `segment` in `document` (whose text is `text`); `citiesById` supplies the city name. */
export function quoteOf(segment: Segment, document: Document, text: string, citiesById?: ReadonlyMap<string, Pick<City, 'name'>>): Quote {
  const cityId = effectiveCityId(segment, document);
  const cityName = cityId ? citiesById?.get(cityId)?.name : undefined;
  return {
    segmentId: segment.id,
    documentId: document.id,
    documentTitle: document.title,
    kind: document.kind,
    ...(document.metadata.date ? { date: document.metadata.date } : {}),
    language: document.language,
    cityId,
    ...(cityName ? { cityName } : {}),
    themeIds: [...segment.themeIds],
    text: segmentText(segment, text),
    start: segment.start,
    end: segment.end,
    ...locate(document, segment.start),
    coder: segment.coder,
  };
}

/**
 * Where the quote sits in its document, as a citation prints it: the page ("p. 12", or the printed label),
 * else the timestamp ("00:14:03"), else the speaker ("Interviewer"); "" when the document has no structure.
 */
export function formatLocation(quote: Pick<Quote, 'page' | 'pageLabel' | 'timeStart' | 'speaker'>): string {
  if (quote.page !== undefined) return `p. ${quote.pageLabel ?? quote.page}`;
  if (quote.timeStart !== undefined) return formatTimestamp(quote.timeStart);
  return quote.speaker ?? '';
}

/** The quotes of the given passages; a passage (or its document) no longer in the repository maps to null. */
export async function loadQuotes(db: RepositoryDb, segmentIds: readonly string[]): Promise<Map<string, Quote | null>> {
  const wanted = [...new Set(segmentIds)];
  const segments = await db.segments.bulkGet(wanted);
  const documentIds = [...new Set(segments.flatMap((s) => (s ? [s.documentId] : [])))];
  const [documents, cities] = await Promise.all([db.documents.bulkGet(documentIds), db.cities.toArray()]);
  const documentsById = new Map(documents.flatMap((d) => (d ? [[d.id, d] as const] : [])));
  const texts = new Map(await Promise.all(documentIds.map(async (id) => [id, await getDocumentText(db, id)] as const)));
  const citiesById = new Map(cities.map((c) => [c.id, c]));
  const quotes = new Map<string, Quote | null>();
  wanted.forEach((id, index) => {
    const segment = segments[index];
    const document = segment ? documentsById.get(segment.documentId) : undefined;
    quotes.set(id, segment && document ? quoteOf(segment, document, texts.get(document.id) ?? '', citiesById) : null);
  });
  return quotes;
}
