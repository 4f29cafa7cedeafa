// The words of a city's material (the denominator of "share"): its documents plus passages set to it in other documents.
import type { Document } from '../model';
import type { CountedSegment } from './counted';
import type { WordCounts } from './words';

/** A function giving the words of the material of a set of cities, over the filtered `documents`. */
export function materialCounter(documents: readonly Document[], counted: readonly CountedSegment[], words: WordCounts): (cityIds: readonly string[]) => number {
  return (cityIds) => {
    const wanted = new Set(cityIds);
    const about = (d: Document) => d.cityIds.some((id) => wanted.has(id));
    let total = 0;
    for (const d of documents) if (about(d)) total += words.documents.get(d.id) ?? 0;
    for (const { segment, document } of counted) {
      if (segment.cityId !== null && wanted.has(segment.cityId) && !about(document)) total += words.segments.get(segment.id) ?? 0;
    }
    return total;
  };
}
