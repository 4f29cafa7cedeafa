// Small stand-ins for Electron's window and web contents, for tests that mock 'electron' with a factory.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export class FakeWebContents {
  readonly events = new EventEmitter();
  readonly send = vi.fn();
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  on(name: string, listener: Listener): this {
    this.events.on(name, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static fromWebContents = vi.fn((): FakeBrowserWindow | null => null);
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.created);
  readonly events = new EventEmitter();
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMaximized = vi.fn(() => true);
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1000, height: 700 }));
  constructor(readonly options: Record<string, unknown> = {}) {
    FakeBrowserWindow.created.push(this);
  }
  on(name: string, listener: Listener): this {
    this.events.on(name, listener);
    return this;
  }
  once(name: string, listener: Listener): this {
    this.events.once(name, listener);
    return this;
  }
}
