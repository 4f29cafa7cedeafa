// Everything the comparison reads from a repository, loaded once (documents without their texts).
import type { RepositoryDb } from '../db';
import type { AttributeDefinition, City, Document, Memo, Segment, Theme } from '../model';
import { wordCounts, type WordCounts } from './words';

/** The researcher's synthesis of one matrix cell (framework method): a memo on the cell. */
export interface CellSummary {
  memoId: string;
  title: string;
  text: string;
}

export interface CompareData {
  documents: Document[];
  segments: Segment[];
  themes: Theme[];
  cities: City[];
  /** Cell summaries by cellKey(themeId, cityId). */
  summaries: Map<string, CellSummary>;
  words: WordCounts;
  /** Document attributes the researcher defined, for the filter controls. */
  attributeDefinitions: AttributeDefinition[];
}

/** The cell summaries among `memos`: per cell the earliest-written cell memo (the one the summary editor edits). */
export function cellSummaries(memos: readonly Memo[]): Map<string, CellSummary> {
  const ordered = memos.filter((m) => m.targetType === 'cell').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const summaries = new Map<string, CellSummary>();
  for (const memo of ordered) {
    if (!summaries.has(memo.targetId)) summaries.set(memo.targetId, { memoId: memo.id, title: memo.title, text: memo.text });
  }
  return summaries;
}

export async function loadCompareData(db: RepositoryDb): Promise<CompareData> {
  const [documents, segments, themes, cities, memos, attributeDefinitions] = await db.transaction(
    'r',
    [db.documents, db.segments, db.themes, db.cities, db.memos, db.attributeDefinitions],
    () =>
      Promise.all([
        db.documents.toArray(),
        db.segments.toArray(),
        db.themes.toArray(),
        db.cities.toArray(),
        db.memos.where('targetType').equals('cell').toArray(),
        db.attributeDefinitions.toArray(),
      ]),
  );
  const words = await wordCounts(db, documents, segments);
  return {
    documents,
    segments,
    themes,
    cities,
    summaries: cellSummaries(memos),
    words,
    attributeDefinitions: attributeDefinitions.filter((a) => a.appliesTo === 'document'),
  };
}
