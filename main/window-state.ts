// Remembers the main window's size, position and maximised state in a small JSON file in the user-data folder.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  maximized: z.boolean(),
});

/** How much of the window's title strip must lie on some display for its remembered position to be kept. */
const VISIBLE_STRIP = 80;

function overlaps(window: Area, display: Area): boolean {
  const left = Math.max(window.x, display.x);
  const right = Math.min(window.x + window.width, display.x + display.width);
  const top = Math.max(window.y, display.y);
  const bottom = Math.min(window.y + 40, display.y + display.height);
  return right - left >= VISIBLE_STRIP && bottom > top;
}

/**
 * Checks what was read from disk; anything malformed gives the default state. A position that is
 * off every display (a monitor was unplugged) is dropped, so the window opens centred.
 */
export function validWindowState(raw: unknown, displays: readonly Area[]): WindowState {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, width, height, maximized } = parsed.data;
  if (x === undefined || y === undefined) return { width, height, maximized };
  const onScreen = displays.some((display) => overlaps({ x, y, width, height }, display));
  return onScreen ? { x, y, width, height, maximized } : { width, height, maximized };
}

export async function readWindowState(folder: string, displays: readonly Area[]): Promise<WindowState> {
  try {
    const text = await readFile(path.join(folder, WINDOW_STATE_FILE), 'utf8');
    return validWindowState(JSON.parse(text), displays);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/**
 * Writes the state through a temporary file and a rename, so a crash never leaves half a file.
 * Synchronous on purpose: it runs while the window closes, and the app may quit right after.
 */
export function writeWindowState(folder: string, state: WindowState): void {
  const target = path.join(folder, WINDOW_STATE_FILE);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(state), 'utf8');
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
