// What the Reader's coding does to the repository: each call is one undoable change, failures shown as the domain's message.
import { notifications } from '@mantine/notifications';
import type { MutationContext, RepositoryDb } from '../../../../shared/db';
import type { Result } from '../../../../shared/result';

/** Runs a coding mutation; a refusal (empty, out of range, already coded…) is shown as the domain's plain message. */
export async function runCoding<T>(title: string, action: () => Promise<Result<T>>): Promise<T | null> {
  const result = await action();
  if (!result.ok) {
    notifications.show({ title, message: result.error.message, color: 'red', autoClose: 8000 });
    return null;
  }
  return result.value;
}

/** A context or nothing: the coder question was cancelled. */
export type AskCoder = () => Promise<MutationContext | null>;

export async function withCoder<T>(ask: AskCoder, title: string, action: (ctx: MutationContext) => Promise<Result<T>>): Promise<T | null> {
  const ctx = await ask();
  if (!ctx) return null;
  return runCoding(title, () => action(ctx));
}

export type { RepositoryDb };
