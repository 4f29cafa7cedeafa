// Keeps one running copy of the app: a second launch quits and brings the first one's window forward.
import { app } from 'electron';
import type { BrowserWindow } from 'electron';

/** Restores, shows and focuses a window (used when a second copy of the app was started). */
export function bringForward(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Takes the single-instance lock. Without it this copy quits and false is returned; with it,
 * later launches call `onSecondInstance` in this copy.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}
