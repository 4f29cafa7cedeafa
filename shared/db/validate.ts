// Validation of rows before they are written, turning schema issues into researcher-readable errors.
import type { z } from 'zod';
import { DomainError } from '../result';

export function validRow<T>(schema: z.ZodType<T>, row: unknown, what: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  throw new DomainError('invalid-' + what, `This ${what} is not valid: ${first?.message ?? 'unknown problem'}${where}.`);
}
