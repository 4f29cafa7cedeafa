// Keyboard shortcuts that stand in for the desktop menu in a browser tab.
import type { MenuCommand } from '../../../shared/ipc/contract';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS; either is accepted so the same build works everywhere. */
export function menuCommandForKey(press: KeyPress): MenuCommand | null {
  const primary = press.ctrlKey || press.metaKey;
  if (!primary || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  if (key === 'o' && !press.shiftKey) return 'import';
  return null;
}

/** Typing in a field keeps the field's own undo and shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
