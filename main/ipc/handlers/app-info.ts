// 'app:info': the app's name and version, the Electron, Chrome and Node versions, the platform and the data folder.
import { app } from 'electron';
import type { Response } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';

export async function appInfo(): Promise<Response<'app:info'>> {
  let dataFolder: string | null;
  try {
    dataFolder = app.getPath('userData');
  } catch {
    dataFolder = null;
  }
  return ok({
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    node: process.versions.node ?? null,
    platform: process.platform,
    dataFolder,
  });
}
