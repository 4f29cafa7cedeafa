// Repository functions for coded passages.
import { isoNow, randomId, segmentSchema, type IdGenerator, type Segment } from '../../model';
import { DomainError, type Result } from '../../result';
import { mutate, type MutationContext } from '../changes';
import type { RepositoryDb } from '../database';
import { validRow } from '../validate';

export interface NewSegment {
  documentId: string;
  start: number;
  end: number;
  themeIds: string[];
  cityId?: string | null;
  memo?: string;
}

/** Codes a passage: validates the range against the document and every theme against the codebook. */
export async function codePassage(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  input: NewSegment,
): Promise<Result<Segment>> {
  return mutate(db, ctx, `Coded a passage`, async (draft) => {
    const doc = await db.documents.get(input.documentId);
    if (!doc) throw new DomainError('not-found', 'That document is no longer in the repository.');
    if (input.end <= input.start) throw new DomainError('empty-selection', 'Select some text to code.');
    if (input.start < 0 || input.end > doc.textLength) {
      throw new DomainError('out-of-range', `The selection ${input.start}–${input.end} lies outside "${doc.title}".`);
    }
    for (const themeId of input.themeIds) {
      if (!(await db.themes.get(themeId))) throw new DomainError('not-found', 'A chosen theme is no longer in the codebook.');
    }
    // An exact duplicate (same document, same range, a theme it already carries there) would count one passage twice.
    const sameRange = await db.segments.where('documentId').equals(input.documentId).filter((s) => s.start === input.start && s.end === input.end).toArray();
    const repeated = input.themeIds.find((id) => sameRange.some((s) => s.themeIds.includes(id)));
    if (repeated !== undefined) {
      const name = (await db.themes.get(repeated))?.name ?? 'a chosen theme';
      throw new DomainError('duplicate', `The passage ${input.start}–${input.end} is already coded with "${name}".`);
    }
    const segment = newSegmentRow(ctx, input, input.themeIds);
    await draft.put('segments', segment);
    return segment;
  });
}

/** A validated new segment row for `input` with `themeIds`, coded by ctx.coder now; not yet written. */
export function newSegmentRow(ctx: MutationContext & { newId?: IdGenerator }, input: NewSegment, themeIds: string[]): Segment {
  const now = isoNow(ctx.clock);
  return validRow(
    segmentSchema,
    {
      id: (ctx.newId ?? randomId)(),
      documentId: input.documentId,
      start: input.start,
      end: input.end,
      themeIds,
      cityId: input.cityId ?? null,
      memo: input.memo ?? '',
      coder: ctx.coder,
      createdAt: now,
      updatedAt: now,
    },
    'coded passage',
  );
}

export async function segmentsOfDocument(db: RepositoryDb, documentId: string): Promise<Segment[]> {
  const rows = await db.segments.where('documentId').equals(documentId).toArray();
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}
