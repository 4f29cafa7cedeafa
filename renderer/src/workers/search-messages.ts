// The messages between the window and the search worker: requests with ids in, answers with the same ids out.
import type { CodingUnit, ConcordanceLine, RangeToCode } from '../../../shared/search';
import type { SearchAnswer, SyncReport } from '../features/search/search-engine';

export type SearchRequest =
  | { type: 'sync' }
  | { type: 'search'; query: string; limit: number }
  | { type: 'concordance'; query: string; limit: number }
  | { type: 'ranges'; query: string; unit: CodingUnit; passageIds?: string[] };

/** What each request type is answered with. */
export interface SearchReplies {
  sync: SyncReport;
  search: SearchAnswer;
  concordance: ConcordanceLine[];
  ranges: RangeToCode[];
}

export type ToSearchWorker = { id: number; request: SearchRequest };

export type FromSearchWorker = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
