// Before the window closes, the renderer is asked to take a backup; the window closes when it answers or after a bounded wait.
import type { BrowserWindow, Event } from 'electron';
import { MENU_CHANNEL } from '../../shared/ipc/contract';

/** Long enough to write an archive of a large repository, short enough that quitting never hangs. */
export const CLOSE_WAIT_MS = 30_000;

type ClosingWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

export class CloseGuard {
  private window: ClosingWindow | null = null;
  private release: (() => void) | null = null;

  constructor(private readonly waitMs = CLOSE_WAIT_MS) {}

  /** Holds the window's first close until the renderer says its backup is done (readyToClose) or the wait runs out. */
  watch(window: ClosingWindow): void {
    this.window = window;
    let allowed = false;
    window.on('close', (event: Event) => {
      if (allowed) return;
      event.preventDefault();
      if (this.release) return;
      const timer = setTimeout(() => this.release?.(), this.waitMs);
      this.release = () => {
        clearTimeout(timer);
        this.release = null;
        allowed = true;
        if (!window.isDestroyed()) window.close();
      };
      window.webContents.send(MENU_CHANNEL, 'backup-before-close');
    });
  }

  /** The renderer's answer: its backup is written (or none was needed). */
  readyToClose(): void {
    this.release?.();
  }

  /** Whether a close is being held, for tests and logs. */
  get holding(): boolean {
    return this.release !== null && this.window !== null;
  }
}
