// The remembered window state: what is read back is checked, off-screen positions are dropped, writes are whole.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, readWindowState, validWindowState, writeWindowState } from '../../main/window-state';
import type { Area } from '../../main/window-state';

const laptop: Area = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight: Area = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('validWindowState', () => {
  const cases: Array<[string, unknown, readonly Area[], unknown]> = [
    ['a sound state', { x: 100, y: 50, width: 1200, height: 800, maximized: false }, [laptop], { x: 100, y: 50, width: 1200, height: 800, maximized: false }],
    ['a state on the second monitor', { x: 2000, y: 100, width: 1200, height: 800, maximized: true }, [laptop, monitorOnTheRight], { x: 2000, y: 100, width: 1200, height: 800, maximized: true }],
    ['a monitor that was unplugged', { x: 2000, y: 100, width: 1200, height: 800, maximized: true }, [laptop], { width: 1200, height: 800, maximized: true }],
    ['a title bar above the screen', { x: 100, y: -500, width: 1200, height: 800, maximized: false }, [laptop], { width: 1200, height: 800, maximized: false }],
    ['no position', { width: 1000, height: 700, maximized: false }, [laptop], { width: 1000, height: 700, maximized: false }],
    ['a window too small to use', { x: 0, y: 0, width: 20, height: 20, maximized: false }, [laptop], DEFAULT_WINDOW_STATE],
    ['a huge window', { width: 1e9, height: 800, maximized: false }, [laptop], DEFAULT_WINDOW_STATE],
    ['fractional sizes', { width: 1000.5, height: 700, maximized: false }, [laptop], DEFAULT_WINDOW_STATE],
    ['text instead of numbers', { width: '1000', height: '700', maximized: false }, [laptop], DEFAULT_WINDOW_STATE],
    ['NaN-like values', { width: null, height: 700, maximized: false }, [laptop], DEFAULT_WINDOW_STATE],
    ['a missing flag', { width: 1000, height: 700 }, [laptop], DEFAULT_WINDOW_STATE],
    ['an array', [1, 2, 3], [laptop], DEFAULT_WINDOW_STATE],
    ['null', null, [laptop], DEFAULT_WINDOW_STATE],
  ];
  it.each(cases)('%s', (_label, raw, displays, expected) => {
    expect(validWindowState(raw, displays)).toEqual(expected);
  });
});

describe('readWindowState and writeWindowState', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'comparanda-window-state-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads back what was written, leaving only the state file', async () => {
    const state = { x: 10, y: 20, width: 1300, height: 900, maximized: true };
    writeWindowState(folder, state);
    expect(await readWindowState(folder, [laptop])).toEqual(state);
    expect(await readdir(folder)).toEqual(['window-state.json']);
  });

  it('gives the default state when there is no file', async () => {
    expect(await readWindowState(folder, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('gives the default state for a damaged file', async () => {
    await writeFile(path.join(folder, 'window-state.json'), '{"width": 1300, "hei');
    expect(await readWindowState(folder, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('fails, leaving no temporary file, when the folder is gone', async () => {
    const gone = path.join(folder, 'gone');
    expect(() => writeWindowState(gone, DEFAULT_WINDOW_STATE)).toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
