// 'export:save': main's own save dialog, an atomic write, and an opaque token for the saved file.
import path from 'node:path';
import { dialog } from 'electron';
import type { SaveDialogOptions } from 'electron';
import type { Request, Response } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import { plainReason, writeAtomically } from './write-atomically';

export async function saveExport(context: HandlerContext, request: Request<'export:save'>): Promise<Response<'export:save'>> {
  const folder = context.savedFiles.lastFolder() ?? context.defaultExportFolder();
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: path.join(folder, request.suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(request.filters ? { filters: request.filters } : {}),
  };
  const parent = context.parentWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok(null);
  const name = path.basename(choice.filePath);
  try {
    await writeAtomically(choice.filePath, request.bytes);
  } catch (error) {
    return fail('export-failed', `"${name}" could not be saved: ${plainReason(error)}. Nothing was written.`);
  }
  return ok({ token: context.savedFiles.remember(choice.filePath), name });
}
