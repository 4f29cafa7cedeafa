// A Chapter: the comparative text a researcher writes, as an ordered list of blocks.
import { z } from 'zod';

const blockBase = { id: z.string().min(1) };

export const chapterBlockSchema = z.discriminatedUnion('type', [
  z.object({ ...blockBase, type: z.literal('heading'), level: z.number().int().min(1).max(3), text: z.string() }),
  /** Author text; `content` is the rich-text editor's JSON document. */
  z.object({ ...blockBase, type: z.literal('paragraph'), content: z.unknown() }),
  /** A reference to a segment, never a copy: the quote is read from the document at export time. */
  z.object({ ...blockBase, type: z.literal('quote'), segmentId: z.string() }),
  z.object({
    ...blockBase,
    type: z.literal('matrix'),
    themeIds: z.array(z.string()),
    cityIds: z.array(z.string()),
    show: z.enum(['segments', 'documents', 'words', 'summaries']),
    caption: z.string(),
  }),
  z.object({ ...blockBase, type: z.literal('comparison'), themeId: z.string(), cityIds: z.array(z.string()), caption: z.string() }),
  z.object({ ...blockBase, type: z.literal('note'), text: z.string() }),
]);
export type ChapterBlock = z.infer<typeof chapterBlockSchema>;

export const chapterSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'a chapter needs a title'),
  blocks: z.array(chapterBlockSchema),
  order: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Chapter = z.infer<typeof chapterSchema>;
