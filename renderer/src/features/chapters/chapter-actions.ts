// What the chapter screens do to the repository: each call one undoable change, a refusal shown in the domain's words.
import { notifications } from '@mantine/notifications';
import type { MutationContext } from '../../../../shared/db';
import type { Result } from '../../../../shared/result';

export type AskCoder = () => Promise<MutationContext | null>;

/** Runs a chapter change with the coder's context; returns null when it was cancelled or refused (and says why). */
export async function changeChapter<T>(ask: AskCoder, failureTitle: string, action: (ctx: MutationContext) => Promise<Result<T>>): Promise<T | null> {
  const ctx = await ask();
  if (!ctx) return null;
  const result = await action(ctx);
  if (!result.ok) {
    notifications.show({ title: failureTitle, message: result.error.message, color: 'red', autoClose: 8000 });
    return null;
  }
  return result.value;
}
