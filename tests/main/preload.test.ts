// The built preload, run as Electron runs a sandboxed preload: one CommonJS file that needs only 'electron' and exposes exactly the contract's bridge.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS, MENU_CHANNEL, MENU_COMMANDS } from '../../shared/ipc/contract';

let outDir: string;
let preloadSource: string;
let mainSource: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'comparanda-main-build-'));
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'vite.main.config.ts', '--logLevel', 'error'], {
    env: { ...process.env, COMPARANDA_MAIN_OUT_DIR: outDir },
  });
  preloadSource = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  mainSource = await readFile(path.join(outDir, 'index.js'), 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Runs the preload in a fresh context whose require knows only 'electron', like Electron's sandbox. */
function loadPreload() {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, api)) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    },
  };
  const required: string[] = [];
  const module = { exports: {} };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found: ${id}`);
  };
  vm.runInNewContext(preloadSource, { require: sandboxRequire, module, exports: module.exports }, { filename: 'preload.cjs' });
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener({}, ...args));
  return { exposed, electron, required, emit, listeners };
}

describe('the built main process', () => {
  it('is two files (plus source maps) in the output folder', async () => {
    expect((await readdir(outDir)).sort()).toEqual(['index.js', 'index.js.map', 'preload.cjs', 'preload.cjs.map']);
  });

  it('imports only electron and Node built-ins, so the package needs no node_modules', () => {
    const specifiers = [...mainSource.matchAll(/(?:^import\s[^;]*?from\s*|^import\s*|\bimport\()["']([^"']+)["']/gm)].map((match) => match[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    for (const specifier of specifiers) expect(specifier === 'electron' || specifier?.startsWith('node:')).toBe(true);
    expect(mainSource).not.toMatch(/\brequire\(/);
  });
});

describe('preload', () => {
  it('needs nothing but electron', () => {
    const { required } = loadPreload();
    expect(required).toEqual(['electron']);
  });

  it('exposes window.bridge with exactly one method per contract channel plus onMenuCommand, and no ipcRenderer', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['bridge']);
    const bridge = exposed.get('bridge') ?? {};
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(BRIDGE_METHODS), 'onMenuCommand'].sort());
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|invoke|send/i);
  });

  it.each(Object.entries(BRIDGE_METHODS))('%s invokes "%s" with the request as given', async (method, channel) => {
    const { exposed, electron } = loadPreload();
    const request = { marker: method };
    expect(await exposed.get('bridge')?.[method]?.(request)).toEqual({ ok: true, value: { channel, request } });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('delivers only known menu commands, and stops after unsubscribing', () => {
    const { exposed, emit, electron } = loadPreload();
    const received: unknown[] = [];
    const unsubscribe = exposed.get('bridge')?.onMenuCommand?.((command: unknown) => received.push(command)) as () => void;
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));
    for (const command of MENU_COMMANDS) emit(MENU_CHANNEL, command);
    emit(MENU_CHANNEL, 'delete-everything');
    emit(MENU_CHANNEL, { command: 'undo' });
    emit(MENU_CHANNEL, undefined);
    expect(received).toEqual([...MENU_COMMANDS]);
    unsubscribe();
    emit(MENU_CHANNEL, 'undo');
    expect(received).toHaveLength(MENU_COMMANDS.length);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));
  });
});
