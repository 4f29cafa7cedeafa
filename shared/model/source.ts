// A Source: the original file's bytes, kept so nothing a researcher imports is ever lost.
import { z } from 'zod';

export const sourceSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().nullable(),
  name: z.string().min(1),
  /** MIME type as guessed from the name, e.g. "application/pdf". */
  type: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 hex digits'),
  bytes: z.instanceof(Uint8Array),
  importedAt: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;
