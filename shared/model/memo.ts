// A Memo: the researcher's note on a document, theme, city, segment or matrix cell.
import { z } from 'zod';

export const MEMO_TARGETS = ['document', 'theme', 'city', 'segment', 'cell', 'repository'] as const;
export type MemoTarget = (typeof MEMO_TARGETS)[number];

export const memoSchema = z.object({
  id: z.string().min(1),
  targetType: z.enum(MEMO_TARGETS),
  /** The target's id; for a matrix cell "themeId|cityId". */
  targetId: z.string(),
  title: z.string(),
  text: z.string(),
  coder: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof memoSchema>;

export function cellKey(themeId: string, cityId: string): string {
  return `${themeId}|${cityId}`;
}
