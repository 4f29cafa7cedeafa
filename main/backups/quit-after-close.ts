// When the last window closes: quit, except on macOS where apps stay open without windows, unless the user asked to quit.
import type { App } from 'electron';

/**
 * A quit (Cmd+Q, the menu) first closes the windows; the close guard holds that close for the backup, which
 * cancels the quit. Remembering that the user asked to quit turns the window's later close into the quit.
 */
export function quitWhenLastWindowCloses(app: Pick<App, 'on' | 'quit'>, platform: NodeJS.Platform): void {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin' || quitting) app.quit();
  });
}
