// The overlap rule for coded passages, shared by every mutation that creates or changes a segment.
//
// Overlapping passages with DIFFERENT themes are allowed (the QDA norm: one sentence can be about housing
// and about language courses). Refused are:
//   - an exact duplicate: same document, same range, same set of themes ('duplicate');
//   - the same theme twice on overlapping ranges of one document ('overlap'): it would count the same talk
//     twice in the Compare matrix; the researcher adjusts the existing passage's boundaries instead.
import type { Segment } from '../model';
import type { RepositoryDb } from '../db';
import { DomainError } from '../result';

export interface PlannedSegment {
  documentId: string;
  start: number;
  end: number;
  themeIds: readonly string[];
}

/** Throws 'duplicate' or 'overlap' when `planned` breaks the rule; `selfId` is the segment being changed, if any. */
export async function assertNoConflict(db: RepositoryDb, planned: PlannedSegment, selfId?: string): Promise<void> {
  const others = (await db.segments.where('documentId').equals(planned.documentId).toArray()).filter((s) => s.id !== selfId);
  const wanted = new Set(planned.themeIds);
  const same = (s: Segment) => s.themeIds.length === wanted.size && s.themeIds.every((t) => wanted.has(t));
  const duplicate = others.find((s) => s.start === planned.start && s.end === planned.end && same(s));
  if (duplicate) {
    throw new DomainError('duplicate', `The passage ${planned.start}–${planned.end} is already coded with exactly these themes.`);
  }
  for (const other of others) {
    const overlaps = other.start < planned.end && planned.start < other.end;
    const shared = other.themeIds.find((t) => wanted.has(t));
    if (overlaps && shared !== undefined) {
      const name = (await db.themes.get(shared))?.name ?? 'a chosen theme';
      throw new DomainError(
        'overlap',
        `"${name}" already codes the overlapping passage ${other.start}–${other.end}; adjust that passage's boundaries instead.`,
      );
    }
  }
}

/** Refuses an empty or out-of-range selection in a document of `textLength` characters. */
export function assertRange(start: number, end: number, textLength: number, title: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new DomainError('out-of-range', 'A selection is given by whole character offsets.');
  if (end <= start) throw new DomainError('empty-selection', 'Select some text to code.');
  if (start < 0 || end > textLength) {
    throw new DomainError('out-of-range', `The selection ${start}–${end} lies outside "${title}" (0–${textLength}).`);
  }
}
