// 'archive:open': the user picks one repository archive or REFI-QDA project in main's own dialog; its bytes come back.
import { dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { Response } from '../../../shared/ipc/contract';
import { DomainError, fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import { checkSizes, pickedFiles, readFound } from './picked-files';

export const ARCHIVE_EXTENSIONS = ['comparanda', 'qdpx', 'zip'];

export async function openArchive(context: HandlerContext): Promise<Response<'archive:open'>> {
  const options: OpenDialogOptions = {
    title: 'Open archive',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: [{ name: 'Comparanda archives and REFI-QDA projects', extensions: ARCHIVE_EXTENSIONS }],
  };
  const parent = context.parentWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const chosen = choice.filePaths[0];
  if (choice.canceled || chosen === undefined) return ok(null);
  try {
    const found = await pickedFiles([chosen]);
    // An archive is one file, so the whole-selection cap is its limit.
    checkSizes(found, { ...context.limits, maxFileBytes: context.limits.maxTotalBytes }, 'opened');
    const [file] = await readFound(found);
    return file ? ok(file) : fail('not-a-file', `"${chosen}" is not a file that can be opened.`);
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message);
    throw error;
  }
}
