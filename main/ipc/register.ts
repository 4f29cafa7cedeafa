// Binds every contract channel to its handler: checks the sender is the app's own page, validates the payload, and returns errors as values.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { requestSchemas } from '../../shared/ipc/contract';
import type { Channel, Handlers, Request, Response } from '../../shared/ipc/contract';
import { fail, toFailure } from '../../shared/result';
import { isAppUrl } from '../app-scheme';

export const CHANNELS = Object.keys(requestSchemas) as Channel[];

/** The sender's page address, when Electron still knows the frame that sent the request. */
type Sender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Runs one request through the checks and its handler; never throws. */
export async function dispatch<C extends Channel>(handlers: Handlers, channel: C, event: Sender, payload: unknown): Promise<Response<C>> {
  let senderUrl: string | undefined;
  try {
    senderUrl = event.senderFrame?.url;
  } catch {
    senderUrl = undefined;
  }
  if (!isAppUrl(senderUrl)) {
    return fail('forbidden-sender', `The request "${channel}" did not come from Comparanda's own page, so it was refused.`);
  }
  const parsed = requestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    return fail('invalid-payload', `The request "${channel}" was malformed (${describeIssues(parsed.error)}), so nothing was done.`);
  }
  try {
    const handler = handlers[channel] as (request: Request<C>) => Promise<Response<C>>;
    return await handler(parsed.data as Request<C>);
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

/** Registers one ipcMain.handle per channel of the contract. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(handlers, channel, event, payload));
  }
}
