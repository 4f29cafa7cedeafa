// 'file:reveal': shows a file saved earlier in the system's file manager, named by its token.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';
import type { Request, Response } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';

export async function revealFile(context: HandlerContext, request: Request<'file:reveal'>): Promise<Response<'file:reveal'>> {
  const filePath = context.savedFiles.pathOf(request.token);
  if (filePath === undefined) {
    return fail('unknown-file', 'Comparanda does not know that saved file (saved files are remembered only until the app closes); open its folder yourself.');
  }
  try {
    await access(filePath);
  } catch {
    return fail('file-missing', `"${path.basename(filePath)}" is no longer where it was saved; it may have been moved or deleted.`);
  }
  shell.showItemInFolder(filePath);
  return ok(true);
}
