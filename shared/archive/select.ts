// A selection of a repository for export: the documents of chosen cities and/or themes and what they refer to.
import type { Chapter, ChapterBlock, City, Document, Memo, Segment, Source, Theme } from '../model';
import type { DataTable } from './format';

export interface ArchiveSelection {
  /** Documents tagged with one of these cities, or holding a passage coded for one of them. */
  cityIds?: string[];
  /** Documents about one of these themes or their sub-themes, document-level or coded. */
  themeIds?: string[];
  /** Chapters travel only when asked; their quotes of passages outside the selection are left out. */
  chapters?: boolean;
}

export type Snapshot = Record<DataTable, unknown[]>;

/** Every theme id under (and including) the given ones. */
function withDescendants(themes: Theme[], ids: string[]): Set<string> {
  const out = new Set(ids);
  for (let grew = true; grew; ) {
    grew = false;
    for (const theme of themes) {
      if (theme.parentId !== null && out.has(theme.parentId) && !out.has(theme.id)) {
        out.add(theme.id);
        grew = true;
      }
    }
  }
  return out;
}

function withAncestors(themes: Theme[], ids: Set<string>): Set<string> {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const out = new Set<string>();
  for (const id of ids) {
    for (let theme = byId.get(id); theme && !out.has(theme.id); theme = theme.parentId ? byId.get(theme.parentId) : undefined) out.add(theme.id);
  }
  return out;
}

/** Which documents a selection holds: both lists given means a document must match both. */
function selectedDocuments(documents: Document[], segments: Segment[], themes: Theme[], selection: ArchiveSelection): Set<string> {
  const cities = selection.cityIds && selection.cityIds.length > 0 ? new Set(selection.cityIds) : null;
  const wantedThemes = selection.themeIds && selection.themeIds.length > 0 ? withDescendants(themes, selection.themeIds) : null;
  const byCity = new Set<string>();
  const byTheme = new Set<string>();
  for (const doc of documents) {
    if (cities && doc.cityIds.some((id) => cities.has(id))) byCity.add(doc.id);
    if (wantedThemes && doc.themeIds.some((id) => wantedThemes.has(id))) byTheme.add(doc.id);
  }
  for (const segment of segments) {
    if (cities && segment.cityId !== null && cities.has(segment.cityId)) byCity.add(segment.documentId);
    if (wantedThemes && segment.themeIds.some((id) => wantedThemes.has(id))) byTheme.add(segment.documentId);
  }
  return new Set(documents.map((d) => d.id).filter((id) => (!cities || byCity.has(id)) && (!wantedThemes || byTheme.has(id))));
}

function keptBlock(block: ChapterBlock, segments: Set<string>, themes: Set<string>, cities: Set<string>): ChapterBlock | null {
  switch (block.type) {
    case 'quote':
      return segments.has(block.segmentId) ? block : null;
    case 'matrix':
      return { ...block, themeIds: block.themeIds.filter((id) => themes.has(id)), cityIds: block.cityIds.filter((id) => cities.has(id)) };
    case 'comparison':
      return themes.has(block.themeId) ? { ...block, cityIds: block.cityIds.filter((id) => cities.has(id)) } : null;
    default:
      return block;
  }
}

function memoKept(memo: Memo, ids: { documents: Set<string>; themes: Set<string>; cities: Set<string>; segments: Set<string> }): boolean {
  switch (memo.targetType) {
    case 'document':
      return ids.documents.has(memo.targetId);
    case 'theme':
      return ids.themes.has(memo.targetId);
    case 'city':
      return ids.cities.has(memo.targetId);
    case 'segment':
      return ids.segments.has(memo.targetId);
    case 'cell': {
      const [themeId = '', cityId = ''] = memo.targetId.split('|');
      return ids.themes.has(themeId) && ids.cities.has(cityId);
    }
    default:
      // Repository memos speak about the whole repository, not about the selected documents.
      return false;
  }
}

/**
 * The rows of a selection archive. The change log and the search index stay behind: both would
 * carry text of documents outside the selection (the index is rebuilt on open).
 */
export function selectRows(rows: Snapshot, selection: ArchiveSelection): Snapshot {
  const documents = rows.documents as Document[];
  const segments = rows.segments as Segment[];
  const themes = rows.themes as Theme[];
  const docIds = selectedDocuments(documents, segments, themes, selection);
  const keptSegments = segments.filter((s) => docIds.has(s.documentId));
  const keptDocuments = documents.filter((d) => docIds.has(d.id));
  const usedThemes = new Set([...(selection.themeIds ?? []), ...keptDocuments.flatMap((d) => d.themeIds), ...keptSegments.flatMap((s) => s.themeIds)]);
  const themeIds = withAncestors(themes, usedThemes);
  const cityIds = new Set([
    ...(selection.cityIds ?? []),
    ...keptDocuments.flatMap((d) => d.cityIds),
    ...keptSegments.flatMap((s) => (s.cityId === null ? [] : [s.cityId])),
  ]);
  const segmentIds = new Set(keptSegments.map((s) => s.id));
  const chapters = selection.chapters
    ? (rows.chapters as Chapter[]).map((c) => ({
        ...c,
        blocks: c.blocks.map((b) => keptBlock(b, segmentIds, themeIds, cityIds)).filter((b): b is ChapterBlock => b !== null),
      }))
    : [];
  const ids = { documents: docIds, themes: themeIds, cities: cityIds, segments: segmentIds };
  return {
    documents: keptDocuments,
    texts: (rows.texts as { id: string }[]).filter((t) => docIds.has(t.id)),
    sources: (rows.sources as Source[]).filter((s) => s.documentId !== null && docIds.has(s.documentId)),
    cities: (rows.cities as City[]).filter((c) => cityIds.has(c.id)),
    themes: themes.filter((t) => themeIds.has(t.id)),
    segments: keptSegments,
    memos: (rows.memos as Memo[]).filter((m) => memoKept(m, ids)),
    chapters,
    attributeDefinitions: rows.attributeDefinitions,
    changes: [],
    settings: rows.settings,
    savedSearches: rows.savedSearches,
    searchShards: [],
  };
}
