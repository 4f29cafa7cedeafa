// One running copy: a second launch quits, and the first brings its window forward.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ app: { requestSingleInstanceLock: vi.fn(), quit: vi.fn(), on: vi.fn() } }));
vi.mock('electron', () => electron);

const { bringForward, claimSingleInstance } = await import('../../main/single-instance');
const { FakeBrowserWindow } = await import('./fake-electron');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('claimSingleInstance', () => {
  it('quits this copy when another one holds the lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const onSecondInstance = vi.fn();
    expect(claimSingleInstance(onSecondInstance)).toBe(false);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.on).not.toHaveBeenCalled();
  });

  it('keeps running with the lock, and answers later launches', () => {
    const events = new EventEmitter();
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(true);
    electron.app.on.mockImplementation((name: string, listener: () => void) => events.on(name, listener));
    const onSecondInstance = vi.fn();
    expect(claimSingleInstance(onSecondInstance)).toBe(true);
    expect(electron.app.quit).not.toHaveBeenCalled();
    events.emit('second-instance', {}, ['comparanda'], '/home/researcher');
    expect(onSecondInstance).toHaveBeenCalledTimes(1);
  });
});

describe('bringForward', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const window = new FakeBrowserWindow();
    window.isMinimized.mockReturnValue(true);
    bringForward(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('leaves a window that is not minimised as it is, but focuses it', () => {
    const window = new FakeBrowserWindow();
    bringForward(window as never);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing without a window, or with a closed one', () => {
    expect(() => bringForward(null)).not.toThrow();
    const closed = new FakeBrowserWindow();
    closed.isDestroyed.mockReturnValue(true);
    bringForward(closed as never);
    expect(closed.focus).not.toHaveBeenCalled();
  });
});
