// What the coding verbs (city, tag, theme, code, codebook) share: the coder, domain results as CLI failures, and saving.
import { getCoderName } from '../../../shared/coding';
import type { MutationContext, RepositoryDb } from '../../../shared/db';
import { DomainError, type Result } from '../../../shared/result';
import { CliFailure, EXIT } from '../failure';

/** The coder recorded in the history: the name stored in the repository, else "comparanda CLI". */
export async function cliContext(db: RepositoryDb): Promise<MutationContext> {
  return { coder: (await getCoderName(db)) ?? 'comparanda CLI' };
}

/** The value of a domain Result, or a CliFailure (exit 1) carrying its message. */
export function orFail<T>(result: Result<T>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value;
}

/** Runs a lookup that may throw a DomainError (document, theme, city not found) and turns it into a CliFailure. */
export async function lookup<T>(find: () => Promise<T>): Promise<T> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof DomainError) throw new CliFailure(error.message);
    throw error;
  }
}

/** A whole number from an option, or a usage error (exit 2). */
export function wholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim())) throw new CliFailure(`${option} takes a whole number of characters, not "${value}".`, EXIT.usage);
  return Number(value);
}

export const collect = (value: string, all: string[]): string[] => [...all, value];
