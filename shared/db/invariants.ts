// Repository consistency check: every reference resolves, every offset lies in its text, the search index matches the documents.
import type { Chapter, Document, Memo, Segment, Theme } from '../model';
import { SHARD_FORMAT, shardIdOf, type ShardRecord } from '../search/shard';
import type { RepositoryDb } from './database';

/**
 * broken: data that points at nothing or outside its text (should never happen);
 * stale: derived data (the search index) out of step, rebuilt by opening the index;
 * dangling: a chapter quote whose passage was deleted, shown to the writer as missing.
 */
export type ProblemSeverity = 'broken' | 'stale' | 'dangling';

export interface RepositoryProblem {
  severity: ProblemSeverity;
  /** Stable code, e.g. "segment-missing-document". */
  code: string;
  table: string;
  id: string;
  message: string;
}

interface Known {
  documents: Map<string, Document>;
  themes: Map<string, Theme>;
  cityIds: Set<string>;
  segmentIds: Set<string>;
  sourceIds: Set<string>;
}

type Report = (severity: ProblemSeverity, code: string, table: string, id: string, message: string) => void;

function checkDocuments(known: Known, textLengths: Map<string, number>, report: Report): void {
  for (const doc of known.documents.values()) {
    const length = textLengths.get(doc.id);
    if (length === undefined) report('broken', 'document-missing-text', 'documents', doc.id, `Document "${doc.title}" has no text.`);
    else if (length !== doc.textLength) {
      report('broken', 'document-text-length', 'documents', doc.id, `Document "${doc.title}" says its text has ${doc.textLength} characters but it has ${length}.`);
    }
    for (const cityId of doc.cityIds) {
      if (!known.cityIds.has(cityId)) report('broken', 'document-missing-city', 'documents', doc.id, `Document "${doc.title}" is tagged with a city that does not exist (${cityId}).`);
    }
    for (const themeId of doc.themeIds) {
      if (!known.themes.has(themeId)) report('broken', 'document-missing-theme', 'documents', doc.id, `Document "${doc.title}" is tagged with a theme that does not exist (${themeId}).`);
    }
    if (doc.sourceId !== null && !known.sourceIds.has(doc.sourceId)) {
      report('broken', 'document-missing-source', 'documents', doc.id, `The original file of document "${doc.title}" is missing.`);
    }
  }
  for (const id of textLengths.keys()) {
    if (!known.documents.has(id)) report('broken', 'text-without-document', 'texts', id, `A text is stored for a document that does not exist (${id}).`);
  }
}

function checkSegment(segment: Segment, known: Known, report: Report): void {
  const doc = known.documents.get(segment.documentId);
  if (!doc) {
    report('broken', 'segment-missing-document', 'segments', segment.id, `A coded passage points at a document that does not exist (${segment.documentId}).`);
  } else if (segment.start < 0 || segment.end > doc.textLength || segment.end <= segment.start) {
    report('broken', 'segment-outside-text', 'segments', segment.id, `A coded passage in "${doc.title}" (${segment.start}–${segment.end}) lies outside its text (${doc.textLength} characters).`);
  }
  for (const themeId of segment.themeIds) {
    if (!known.themes.has(themeId)) report('broken', 'segment-missing-theme', 'segments', segment.id, `A coded passage is coded with a theme that does not exist (${themeId}).`);
  }
  if (segment.themeIds.length === 0) report('broken', 'segment-without-theme', 'segments', segment.id, 'A coded passage has no theme.');
  if (segment.cityId !== null && !known.cityIds.has(segment.cityId)) {
    report('broken', 'segment-missing-city', 'segments', segment.id, `A coded passage is assigned to a city that does not exist (${segment.cityId}).`);
  }
}

function checkThemes(known: Known, report: Report): void {
  for (const theme of known.themes.values()) {
    if (theme.parentId !== null && !known.themes.has(theme.parentId)) {
      report('broken', 'theme-missing-parent', 'themes', theme.id, `Theme "${theme.name}" sits under a theme that does not exist (${theme.parentId}).`);
      continue;
    }
    const seen = new Set([theme.id]);
    for (let at = theme.parentId; at !== null; at = known.themes.get(at)?.parentId ?? null) {
      if (at === theme.id) {
        report('broken', 'theme-cycle', 'themes', theme.id, `Theme "${theme.name}" is its own ancestor.`);
        break;
      }
      // A cycle further up belongs to the themes in it; they are reported on their own.
      if (seen.has(at)) break;
      seen.add(at);
    }
  }
}

function checkMemo(memo: Memo, known: Known, report: Report): void {
  const missing = (what: string) => report('broken', 'memo-missing-target', 'memos', memo.id, `Memo "${memo.title || memo.id}" is about a ${what} that does not exist (${memo.targetId}).`);
  switch (memo.targetType) {
    case 'document':
      if (!known.documents.has(memo.targetId)) missing('document');
      break;
    case 'theme':
      if (!known.themes.has(memo.targetId)) missing('theme');
      break;
    case 'city':
      if (!known.cityIds.has(memo.targetId)) missing('city');
      break;
    case 'segment':
      if (!known.segmentIds.has(memo.targetId)) missing('coded passage');
      break;
    case 'cell': {
      const [themeId = '', cityId = ''] = memo.targetId.split('|');
      if (!known.themes.has(themeId) || !known.cityIds.has(cityId)) missing('matrix cell');
      break;
    }
    case 'repository':
      break;
  }
}

function checkChapter(chapter: Chapter, known: Known, report: Report): void {
  for (const block of chapter.blocks) {
    if (block.type === 'quote' && !known.segmentIds.has(block.segmentId)) {
      report('dangling', 'quote-missing-segment', 'chapters', chapter.id, `Chapter "${chapter.title}" quotes a coded passage that has been deleted (${block.segmentId}).`);
    }
    if (block.type === 'matrix' || block.type === 'comparison') {
      const themeIds = block.type === 'matrix' ? block.themeIds : [block.themeId];
      const gone = [...themeIds.filter((t) => !known.themes.has(t)), ...block.cityIds.filter((c) => !known.cityIds.has(c))];
      if (gone.length > 0) {
        report('dangling', 'table-missing-rows', 'chapters', chapter.id, `A table in chapter "${chapter.title}" names themes or cities that have been deleted (${gone.join(', ')}).`);
      }
    }
  }
}

/** The index is in step when every document sits, with its current text and title, in a current-format shard, and nothing else does. */
function checkSearchIndex(shards: ShardRecord[], known: Known, report: Report): void {
  const indexed = new Map<string, { textHash: string; title: string; shardId: string }>();
  for (const shard of shards) {
    if (shard.format !== SHARD_FORMAT) {
      report('stale', 'index-old-format', 'searchShards', shard.id, `Search index part ${shard.id} was written by an older version.`);
      continue;
    }
    for (const entry of shard.documents) indexed.set(entry.documentId, { textHash: entry.textHash, title: entry.title, shardId: shard.id });
  }
  for (const doc of known.documents.values()) {
    const entry = indexed.get(doc.id);
    if (!entry) report('stale', 'index-missing-document', 'searchShards', doc.id, `Document "${doc.title}" is not in the search index.`);
    else if (entry.textHash !== doc.textHash || entry.title !== doc.title || entry.shardId !== shardIdOf(doc.id)) {
      report('stale', 'index-outdated-document', 'searchShards', doc.id, `The search index holds an older version of document "${doc.title}".`);
    }
  }
  for (const id of indexed.keys()) {
    if (!known.documents.has(id)) report('stale', 'index-extra-document', 'searchShards', id, `The search index still holds a deleted document (${id}).`);
  }
}

/** Every problem found, in table order; an empty list means the repository is consistent. */
export async function checkRepository(db: RepositoryDb, options: { searchIndex?: boolean } = {}): Promise<RepositoryProblem[]> {
  const problems: RepositoryProblem[] = [];
  const report: Report = (severity, code, table, id, message) => problems.push({ severity, code, table, id, message });
  return db.transaction('r', [db.documents, db.texts, db.sources, db.cities, db.themes, db.segments, db.memos, db.chapters, db.searchShards], async () => {
    const [documents, themes, cityIds, sourceIds, segments] = await Promise.all([
      db.documents.toArray(),
      db.themes.toArray(),
      db.cities.toCollection().primaryKeys(),
      db.sources.toCollection().primaryKeys(),
      db.segments.toArray(),
    ]);
    const known: Known = {
      documents: new Map(documents.map((d) => [d.id, d])),
      themes: new Map(themes.map((t) => [t.id, t])),
      cityIds: new Set(cityIds),
      segmentIds: new Set(segments.map((s) => s.id)),
      sourceIds: new Set(sourceIds),
    };
    const textLengths = new Map<string, number>();
    await db.texts.each((t) => textLengths.set(t.id, t.text.length));
    checkDocuments(known, textLengths, report);
    for (const segment of segments) checkSegment(segment, known, report);
    checkThemes(known, report);
    for (const memo of await db.memos.toArray()) checkMemo(memo, known, report);
    for (const chapter of await db.chapters.toArray()) checkChapter(chapter, known, report);
    if (options.searchIndex !== false) checkSearchIndex(await db.searchShards.toArray(), known, report);
    return problems;
  });
}
