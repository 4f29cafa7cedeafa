// Passage coding: code a selection, add or remove themes, adjust boundaries, city override, memo, delete, quote.
import { isoNow, segmentSchema, segmentText, type IdGenerator, type Segment } from '../model';
import { getDocumentText, mutate, newSegmentRow, type MutationContext, type NewSegment, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { deleteSegmentRow, requireCity, requireDocument, requireSegment, requireTheme, unique } from './lookups';
import { assertNoConflict, assertRange } from './overlap';

export type CodingContext = MutationContext & { newId?: IdGenerator };

/** A validated new segment row after every check (range, themes, city, overlap rule); not yet written. */
export async function plannedSegment(db: RepositoryDb, ctx: CodingContext, input: NewSegment): Promise<Segment> {
  const doc = await requireDocument(db, input.documentId);
  assertRange(input.start, input.end, doc.textLength, doc.title);
  const themeIds = unique(input.themeIds);
  if (themeIds.length === 0) throw new DomainError('no-theme', 'Choose at least one theme to code with.');
  for (const id of themeIds) await requireTheme(db, id);
  if (input.cityId) await requireCity(db, input.cityId);
  await assertNoConflict(db, { ...input, themeIds });
  return newSegmentRow(ctx, input, themeIds);
}

/** Codes a selection with one or more themes, under the overlap rule (see overlap.ts). */
export async function codeSelection(db: RepositoryDb, ctx: CodingContext, input: NewSegment): Promise<Result<Segment>> {
  return mutate(db, ctx, 'Coded a passage', async (draft) => {
    const segment = await plannedSegment(db, ctx, input);
    await draft.put('segments', segment);
    return segment;
  });
}

async function changeSegment(
  db: RepositoryDb,
  ctx: MutationContext,
  label: string,
  segmentId: string,
  change: (segment: Segment) => Promise<Partial<Segment>>,
): Promise<Result<Segment>> {
  return mutate(db, ctx, label, async (draft) => {
    const segment = await requireSegment(db, segmentId);
    const next = validRow(segmentSchema, { ...segment, ...(await change(segment)), updatedAt: isoNow(ctx.clock) }, 'coded passage');
    await draft.put('segments', next);
    return next;
  });
}

export async function addThemesToSegment(db: RepositoryDb, ctx: MutationContext, segmentId: string, themeIds: string[]): Promise<Result<Segment>> {
  return changeSegment(db, ctx, 'Added themes to a passage', segmentId, async (segment) => {
    for (const id of themeIds) await requireTheme(db, id);
    const added = themeIds.filter((id) => !segment.themeIds.includes(id));
    if (added.length === 0) throw new DomainError('unchanged', 'The passage already carries these themes.');
    const next = [...segment.themeIds, ...unique(added)];
    await assertNoConflict(db, { ...segment, themeIds: next }, segment.id);
    return { themeIds: next };
  });
}

/** Removes one theme from a passage; removing its last theme deletes the passage and its memos (the result is then null). */
export async function removeThemeFromSegment(
  db: RepositoryDb,
  ctx: MutationContext,
  segmentId: string,
  themeId: string,
): Promise<Result<Segment | null>> {
  return mutate(db, ctx, 'Removed a code', async (draft) => {
    const segment = await requireSegment(db, segmentId);
    if (!segment.themeIds.includes(themeId)) throw new DomainError('unchanged', 'The passage is not coded with that theme.');
    const themeIds = segment.themeIds.filter((id) => id !== themeId);
    if (themeIds.length === 0) {
      await deleteSegmentRow(db, draft, segmentId);
      return null;
    }
    const next = validRow(segmentSchema, { ...segment, themeIds, updatedAt: isoNow(ctx.clock) }, 'coded passage');
    await draft.put('segments', next);
    return next;
  });
}

/** Moves a passage's boundaries; the new range is checked against the text and the overlap rule. */
export async function adjustSegment(db: RepositoryDb, ctx: MutationContext, segmentId: string, start: number, end: number): Promise<Result<Segment>> {
  return changeSegment(db, ctx, 'Adjusted a passage', segmentId, async (segment) => {
    const doc = await requireDocument(db, segment.documentId);
    assertRange(start, end, doc.textLength, doc.title);
    await assertNoConflict(db, { ...segment, start, end }, segment.id);
    return { start, end };
  });
}

/** Sets (or with null clears) the city a passage is about, overriding its document's cities. */
export async function setSegmentCity(db: RepositoryDb, ctx: MutationContext, segmentId: string, cityId: string | null): Promise<Result<Segment>> {
  return changeSegment(db, ctx, 'Set the city of a passage', segmentId, async () => {
    if (cityId !== null) await requireCity(db, cityId);
    return { cityId };
  });
}

export async function setSegmentMemo(db: RepositoryDb, ctx: MutationContext, segmentId: string, memo: string): Promise<Result<Segment>> {
  return changeSegment(db, ctx, 'Wrote a passage memo', segmentId, async () => ({ memo }));
}

export async function deleteSegment(db: RepositoryDb, ctx: MutationContext, segmentId: string): Promise<Result<Segment>> {
  return mutate(db, ctx, 'Deleted a coded passage', async (draft) => {
    const segment = await requireSegment(db, segmentId);
    await deleteSegmentRow(db, draft, segmentId);
    return segment;
  });
}

/** The quote of a passage, read from its document's text at its offsets (never a stored copy). */
export async function segmentQuote(db: RepositoryDb, segment: Pick<Segment, 'documentId' | 'start' | 'end'>): Promise<string> {
  return segmentText(segment, await getDocumentText(db, segment.documentId));
}
