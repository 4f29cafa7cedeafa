// 'backup:*': the backup folder's files by name (never by path), main's own folder dialog, and the renderer's "backup done, close now".
import { dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { Handlers } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import type { HandlerContext } from './context';

type BackupChannels = 'backup:list' | 'backup:write' | 'backup:read' | 'backup:delete' | 'backup:folder' | 'backup:choose-folder' | 'backup:ready-to-close';

export function backupHandlers(context: HandlerContext): Pick<Handlers, BackupChannels> {
  const { folder, closeGuard } = context.backups;
  return {
    'backup:list': () => folder.list(),
    'backup:write': ({ name, bytes }) => folder.write(name, bytes),
    'backup:read': ({ name }) => folder.read(name),
    'backup:delete': ({ name }) => folder.remove(name),
    'backup:folder': async () => ok(await folder.folder()),
    'backup:choose-folder': async ({ reset }) => {
      if (reset) {
        await folder.choose(null);
        return ok(await folder.folder());
      }
      const options: OpenDialogOptions = {
        title: 'Folder for automatic backups',
        defaultPath: await folder.folder(),
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = context.parentWindow();
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const picked = choice.filePaths[0];
      if (choice.canceled || !picked) return ok(null);
      await folder.choose(picked);
      return ok(picked);
    },
    'backup:ready-to-close': async () => {
      closeGuard.readyToClose();
      return ok(true as const);
    },
  };
}
