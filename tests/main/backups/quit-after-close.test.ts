// Closing the last window quits the app, on macOS only when the user asked to quit (a quit held for the backup ends in a quit).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { quitWhenLastWindowCloses } from '../../../main/backups/quit-after-close';

function fakeApp() {
  const events = new EventEmitter();
  const quit = vi.fn();
  const app = { on: (name: string, listener: () => void) => events.on(name, listener), quit } as never;
  return { app, events, quit };
}

describe('quitting when the last window closes', () => {
  it.each([['linux'], ['win32']] as const)('on %s, closing the last window quits', (platform) => {
    const { app, events, quit } = fakeApp();
    quitWhenLastWindowCloses(app, platform);
    events.emit('window-all-closed');
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('on macOS, closing the last window leaves the app running', () => {
    const { app, events, quit } = fakeApp();
    quitWhenLastWindowCloses(app, 'darwin');
    events.emit('window-all-closed');
    expect(quit).not.toHaveBeenCalled();
  });

  it('on macOS, Cmd+Q whose close was held for the backup quits once the window closes', () => {
    const { app, events, quit } = fakeApp();
    quitWhenLastWindowCloses(app, 'darwin');
    events.emit('before-quit');
    // The close guard prevented the window's close (the quit is cancelled), took the backup, then closed it.
    events.emit('window-all-closed');
    expect(quit).toHaveBeenCalledTimes(1);
  });
});
