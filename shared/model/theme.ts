// A Theme: one node of the hierarchical codebook.
import { z } from 'zod';

export const themeSchema = z.object({
  id: z.string().min(1),
  parentId: z.string().nullable(),
  name: z.string().trim().min(1, 'a theme needs a name'),
  /** CSS hex colour, "#rrggbb". */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1a2b3c'),
  /** Definition, when to use, examples. */
  description: z.string(),
  /** Position among its siblings. */
  order: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Theme = z.infer<typeof themeSchema>;
