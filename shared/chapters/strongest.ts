// Which coded passages a draft or a city comparison quotes first: a stated, deterministic rule.
//
// The rule: passages of quotable length (80–900 characters, a sentence to a short paragraph) come before
// fragments and long stretches; within each group, longer before shorter; then the passage whose document
// is dated earlier (undated last); then by document title and position, so the same data gives the same choice.
import type { Document, Segment } from '../model';

export const QUOTABLE_MIN = 80;
export const QUOTABLE_MAX = 900;

function quotable(segment: Segment): boolean {
  const length = segment.end - segment.start;
  return length >= QUOTABLE_MIN && length <= QUOTABLE_MAX;
}

/** The `limit` strongest passages among `segments`, strongest first. */
export function strongestSegments(
  segments: readonly Segment[],
  documentsById: ReadonlyMap<string, Pick<Document, 'title' | 'metadata'>>,
  limit: number,
): Segment[] {
  const dateOf = (s: Segment) => documentsById.get(s.documentId)?.metadata.date ?? '\uffff';
  const titleOf = (s: Segment) => documentsById.get(s.documentId)?.title ?? '';
  return [...segments]
    .sort(
      (a, b) =>
        Number(quotable(b)) - Number(quotable(a)) ||
        b.end - b.start - (a.end - a.start) ||
        dateOf(a).localeCompare(dateOf(b)) ||
        titleOf(a).localeCompare(titleOf(b)) ||
        a.start - b.start ||
        a.id.localeCompare(b.id),
    )
    .slice(0, Math.max(0, limit));
}
