// Closing the window: held once, the renderer asked for a backup, released by its answer or by the bounded wait.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { CloseGuard } = await import('../../../main/backups/close-guard');

class ClosingWindow {
  readonly events = new EventEmitter();
  readonly webContents = { send: vi.fn() };
  destroyed = false;
  closed = 0;
  on(name: string, listener: (...args: unknown[]) => void): this {
    this.events.on(name, listener);
    return this;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: emits 'close'; the window closes unless a listener prevented it. */
  close(): void {
    let prevented = false;
    this.events.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed += 1;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CloseGuard', () => {
  it('holds the close, asks for a backup once, and closes when the renderer is ready', () => {
    const guard = new CloseGuard(30_000);
    const window = new ClosingWindow();
    guard.watch(window as never);
    window.close();
    window.close();
    expect(window.closed).toBe(0);
    expect(window.webContents.send.mock.calls).toEqual([['menu:command', 'backup-before-close']]);
    guard.readyToClose();
    expect(window.closed).toBe(1);
  });

  it('closes after the bounded wait when the renderer never answers', () => {
    const guard = new CloseGuard(30_000);
    const window = new ClosingWindow();
    guard.watch(window as never);
    window.close();
    vi.advanceTimersByTime(29_999);
    expect(window.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.closed).toBe(1);
  });

  it('ignores a ready answer when no close is held', () => {
    const guard = new CloseGuard(30_000);
    const window = new ClosingWindow();
    guard.watch(window as never);
    guard.readyToClose();
    expect(window.closed).toBe(0);
    expect(guard.holding).toBe(false);
  });
});
