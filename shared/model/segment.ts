// A Segment: a coded passage, anchored by UTF-16 offsets into its document's immutable text.
import { z } from 'zod';

export const segmentSchema = z
  .object({
    id: z.string().min(1),
    documentId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    themeIds: z.array(z.string()).min(1, 'a segment needs at least one theme'),
    /** Overrides the document's city for this passage (a section about Vienna in a four-city report). */
    cityId: z.string().nullable(),
    memo: z.string(),
    coder: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine((s) => s.end > s.start, 'a segment must not be empty');
export type Segment = z.infer<typeof segmentSchema>;

/** The quoted text of a segment, always taken from the document at its offsets. */
export function segmentText(segment: Pick<Segment, 'start' | 'end'>, documentText: string): string {
  return documentText.slice(segment.start, segment.end);
}
