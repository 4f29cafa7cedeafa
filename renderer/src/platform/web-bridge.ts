// The Bridge for a normal browser tab: file inputs instead of dialogs, downloads instead of save dialogs.
import type { AppInfo, Bridge, MenuCommand, PickedFile } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/result';
import { version as APP_VERSION } from '../../../package.json';
import { isTypingTarget, menuCommandForKey } from './keyboard-commands';
import { createOpfsBackups } from './opfs-backups';

interface FileInputOptions {
  multiple: boolean;
  folders: boolean;
  accept?: string;
}

/** Opens the browser's file chooser; resolves with the chosen files, or none when the user cancels. */
function chooseFiles(options: FileInputOptions): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    if (options.folders) input.webkitdirectory = true;
    if (options.accept) input.accept = options.accept;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function toPickedFile(file: File): Promise<PickedFile> {
  const path = file.webkitRelativePath || file.name;
  return { name: file.name, path, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function readFailure(error: unknown, what: string) {
  const reason = error instanceof Error ? error.message : String(error);
  return fail<never>('read-failed', `Could not read ${what}: ${reason}`);
}

function browserName(): string | null {
  const match = /(?:Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent);
  return match?.[1] ?? null;
}

let downloads = 0;

/**
 * Every part of the app that follows menu commands hears each shortcut, as with Electron's menu: one keydown
 * listener hands the command to all of them (one listener each would let the first mark the key handled and
 * hide it from the rest).
 */
const menuListeners = new Set<(command: MenuCommand) => void>();

function onMenuKey(event: KeyboardEvent) {
  if (event.defaultPrevented || isTypingTarget(event.target)) return;
  const command = menuCommandForKey(event);
  if (!command) return;
  event.preventDefault();
  for (const listener of [...menuListeners]) listener(command);
}

function listenForMenuKeys(listener: (command: MenuCommand) => void): () => void {
  if (menuListeners.size === 0) window.addEventListener('keydown', onMenuKey);
  menuListeners.add(listener);
  return () => {
    menuListeners.delete(listener);
    if (menuListeners.size === 0) window.removeEventListener('keydown', onMenuKey);
  };
}

export function createWebBridge(): Bridge {
  return {
    ...createOpfsBackups(),

    async pickFilesToImport({ folders }) {
      const files = await chooseFiles({ multiple: true, folders });
      const picked: PickedFile[] = [];
      for (const file of files) {
        try {
          picked.push(await toPickedFile(file));
        } catch (error) {
          return readFailure(error, `"${file.name}"`);
        }
      }
      return ok(picked);
    },

    async saveExport({ suggestedName, bytes }) {
      const blob = new Blob([bytes]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by the time click() returns; revoke later so slow browsers still read it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      downloads += 1;
      return ok({ token: `download-${downloads}`, name: suggestedName });
    },

    async openArchive() {
      const [file] = await chooseFiles({ multiple: false, folders: false, accept: '.comparanda,.qdpx,.zip' });
      if (!file) return ok(null);
      try {
        return ok(await toPickedFile(file));
      } catch (error) {
        return readFailure(error, `"${file.name}"`);
      }
    },

    async revealFile() {
      return fail('not-available', 'Showing a file in its folder is not available in the browser: look in your downloads folder.');
    },

    async appInfo() {
      const info: AppInfo = {
        name: 'Comparanda',
        version: APP_VERSION,
        electron: null,
        chrome: browserName(),
        node: null,
        platform: navigator.platform || 'browser',
        dataFolder: null,
      };
      return ok(info);
    },

    onMenuCommand(listener: (command: MenuCommand) => void) {
      return listenForMenuKeys(listener);
    },
  };
}
