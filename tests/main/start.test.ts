// `npm start`: finds Electron's binary without triggering a download, launches it when present, and otherwise serves the app with one explaining line.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- a plain JavaScript script without type declarations
import { electronBinary, startApp } from '../../scripts/start.mjs';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'comparanda-start-'));
  root = path.join(base, 'renderer');
  await mkdir(root);
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Comparanda</title>');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function electronPackage(name: string, files: Record<string, string>): Promise<string> {
  const folder = path.join(base, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), content);
  }
  await mkdir(folder, { recursive: true });
  return folder;
}

describe('electronBinary', () => {
  it('is null when the package never downloaded its binary', async () => {
    expect(electronBinary(await electronPackage('never-downloaded', { 'package.json': '{}' }), {})).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', async () => {
    expect(electronBinary(await electronPackage('deleted-binary', { 'path.txt': 'electron' }), {})).toBeNull();
  });

  it('is the binary path.txt names when it exists', async () => {
    const folder = await electronPackage('installed', { 'path.txt': 'electron', 'dist/electron': '' });
    expect(electronBinary(folder, {})).toBe(path.join(folder, 'dist', 'electron'));
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const override = await electronPackage('override', { electron: '' });
    expect(electronBinary(await electronPackage('no-path-file', {}), { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(path.join(override, 'electron'));
  });

  it('is null without a package', () => {
    expect(electronBinary(null, {})).toBeNull();
  });
});

describe('startApp', () => {
  it('serves the app and says so in one line when Electron cannot be started', async () => {
    const log = vi.fn();
    const started = await startApp({ port: 0, root, packageDir: await electronPackage('absent', {}), log });
    try {
      expect(started.mode).toBe('web');
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toBe(`Electron could not be started here (its binary is not installed); serving the same app at ${started.url} instead.`);
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(started.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Comparanda</title>');
    } finally {
      await started.close();
    }
  });

  it.skipIf(process.platform === 'win32')('launches the binary on the app folder when it is there, and reports its exit code', async () => {
    const marker = path.join(base, 'launched-with.txt');
    const folder = await electronPackage('fake-electron', { 'path.txt': 'electron', 'dist/electron': `#!/bin/sh\necho "$@" > '${marker}'\nexit 3\n` });
    await chmod(path.join(folder, 'dist', 'electron'), 0o755);
    const log = vi.fn();
    const started = await startApp({ packageDir: folder, appDir: base, args: ['--inspect'], log });
    expect(started.mode).toBe('electron');
    expect(await started.exited).toBe(3);
    expect((await readFile(marker, 'utf8')).trim()).toBe(`${base} --inspect`);
    expect(log).not.toHaveBeenCalled();
  });

  it.skipIf(process.platform === 'win32')('falls back to the browser, naming the reason, when the binary cannot be executed', async () => {
    const folder = await electronPackage('not-executable', { 'path.txt': 'electron', 'dist/electron': 'not a program' });
    await chmod(path.join(folder, 'dist', 'electron'), 0o644);
    const log = vi.fn();
    const started = await startApp({ port: 0, root, packageDir: folder, log });
    try {
      expect(started.mode).toBe('web');
      expect(log.mock.calls[0]?.[0]).toMatch(/^Electron could not be started here \(it failed to launch: EACCES\); serving the same app at http:\/\/127\.0\.0\.1:\d+ instead\.$/);
    } finally {
      await started.close();
    }
  });
});
