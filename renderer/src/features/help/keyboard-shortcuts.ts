// Opens the keyboard shortcuts list from anywhere: the header button, the Help menu and the "?" key share one switch.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export const openKeyboardShortcuts = (): void => set(true);
export const closeKeyboardShortcuts = (): void => set(false);

export function useKeyboardShortcutsOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
