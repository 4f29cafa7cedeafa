// Merging coded passages and memos: passages de-duplicated by document, range, themes and coder; memos follow their targets.
import type { Memo, Segment } from '../../model';
import { allocateId, type MergeState } from './types';

/** Two coders' identical passages are both kept: the coder is part of what makes a passage the same. */
function segmentKey(s: Pick<Segment, 'documentId' | 'start' | 'end' | 'themeIds' | 'coder'>): string {
  return [s.documentId, s.start, s.end, [...s.themeIds].sort().join(','), s.coder].join('|');
}

export function mergeSegments(state: MergeState): void {
  const known = new Map(state.existing.segments.map((s) => [segmentKey(s), s.id]));
  const titles = new Map(state.incoming.documents.map((d) => [d.id, d.title]));
  const counts = state.report.counts.segments;
  for (const segment of state.incoming.segments) {
    const documentId = state.map.documents.get(segment.documentId);
    if (documentId === undefined || !state.placeable.has(segment.documentId)) {
      counts.skipped += 1;
      state.report.skipped.push({
        kind: 'segments',
        what: `a passage (${segment.start}–${segment.end}) coded by ${segment.coder} in "${titles.get(segment.documentId) ?? segment.documentId}"`,
        reason: 'the document here has a different text, so the passage cannot be placed',
      });
      continue;
    }
    const themeIds = [...new Set(segment.themeIds.map((id) => state.map.themes.get(id)).filter((id): id is string => id !== undefined))];
    if (themeIds.length === 0) {
      counts.skipped += 1;
      state.report.skipped.push({ kind: 'segments', what: `a passage coded by ${segment.coder}`, reason: 'none of its themes is in the archive' });
      continue;
    }
    const cityId = segment.cityId === null ? null : (state.map.cities.get(segment.cityId) ?? null);
    const placed: Segment = { ...segment, documentId, themeIds, cityId };
    const key = segmentKey(placed);
    const twin = known.get(key);
    if (twin !== undefined) {
      state.map.segments.set(segment.id, twin);
      counts.matched += 1;
      continue;
    }
    placed.id = allocateId(state, 'segments', segment.id);
    known.set(key, placed.id);
    state.map.segments.set(segment.id, placed.id);
    state.writes.push({ table: 'segments', row: placed });
    counts.added += 1;
  }
}

/** The memo's target in this repository's ids, or null when its target did not arrive. */
function memoTarget(state: MergeState, memo: Memo): string | null {
  switch (memo.targetType) {
    case 'document':
      return state.map.documents.get(memo.targetId) ?? null;
    case 'theme':
      return state.map.themes.get(memo.targetId) ?? null;
    case 'city':
      return state.map.cities.get(memo.targetId) ?? null;
    case 'segment':
      return state.map.segments.get(memo.targetId) ?? null;
    case 'cell': {
      const [themeId = '', cityId = ''] = memo.targetId.split('|');
      const theme = state.map.themes.get(themeId);
      const city = state.map.cities.get(cityId);
      return theme && city ? `${theme}|${city}` : null;
    }
    default:
      return memo.targetId;
  }
}

const memoKey = (m: Pick<Memo, 'targetType' | 'targetId' | 'title' | 'text'>) => JSON.stringify([m.targetType, m.targetId, m.title, m.text]);

export function mergeMemos(state: MergeState): void {
  const known = new Set(state.existing.memos.map(memoKey));
  const counts = state.report.counts.memos;
  for (const memo of state.incoming.memos) {
    const targetId = memoTarget(state, memo);
    if (targetId === null) {
      counts.skipped += 1;
      state.report.skipped.push({ kind: 'memos', what: `the memo "${memo.title || memo.text.slice(0, 40)}"`, reason: `its ${memo.targetType} is not in the archive or could not be placed` });
      continue;
    }
    const placed: Memo = { ...memo, targetId };
    if (known.has(memoKey(placed))) {
      counts.matched += 1;
      continue;
    }
    placed.id = allocateId(state, 'memos', memo.id);
    known.add(memoKey(placed));
    state.writes.push({ table: 'memos', row: placed });
    counts.added += 1;
  }
}
