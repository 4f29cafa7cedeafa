// The coded passages a comparison counts: those of documents passing the filters, each under its effective cities.
import type { Document, Segment } from '../model';
import type { CompareData } from './compare-data';
import { passesFilters, type CompareFilters } from './filters';

export interface CountedSegment {
  segment: Segment;
  document: Document;
  /** The passage's own city when it has one (a section about one city), else every city of its document. */
  cityIds: string[];
}

/** The cities a passage counts under: its override, else each of its document's cities. */
export function segmentCityIds(segment: Pick<Segment, 'cityId'>, document: Pick<Document, 'cityIds'>): string[] {
  return segment.cityId !== null ? [segment.cityId] : [...new Set(document.cityIds)];
}

/** The documents passing `filters`, by id. */
export function filteredDocuments(data: Pick<CompareData, 'documents'>, filters?: CompareFilters): Map<string, Document> {
  return new Map(data.documents.filter((d) => passesFilters(d, filters)).map((d) => [d.id, d]));
}

/** Every passage of a filtered document, with the cities it counts under (possibly none). */
export function countedSegments(data: Pick<CompareData, 'documents' | 'segments'>, filters?: CompareFilters): CountedSegment[] {
  const documents = filteredDocuments(data, filters);
  const counted: CountedSegment[] = [];
  for (const segment of data.segments) {
    const document = documents.get(segment.documentId);
    if (document) counted.push({ segment, document, cityIds: segmentCityIds(segment, document) });
  }
  return counted;
}
