// 'import:pick-files': the user picks files or folders in main's own dialog; their bytes come back, folders expanded.
import { dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { Request, Response } from '../../../shared/ipc/contract';
import { DomainError, fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import { checkSizes, filesInFolders, pickedFiles, readFound } from './picked-files';

const IMPORTABLE = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf', 'odt', 'rtf', 'vtt', 'srt'];

export async function pickFilesToImport(context: HandlerContext, request: Request<'import:pick-files'>): Promise<Response<'import:pick-files'>> {
  const options: OpenDialogOptions = request.folders
    ? { title: 'Import folders', buttonLabel: 'Import', properties: ['openDirectory', 'multiSelections'] }
    : {
        title: 'Import documents',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Documents and transcripts', extensions: IMPORTABLE },
          { name: 'All files', extensions: ['*'] },
        ],
      };
  const parent = context.parentWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return ok([]);
  try {
    const found = request.folders ? await filesInFolders(choice.filePaths, context.limits) : await pickedFiles(choice.filePaths);
    checkSizes(found, context.limits);
    return ok(await readFound(found));
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message);
    throw error;
  }
}
