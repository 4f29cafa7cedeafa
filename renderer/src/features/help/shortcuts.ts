// Every keyboard shortcut, grouped by where it works; the desktop menu and the browser tab differ only in a few keys.
import { KEYBOARD_CODING_KEYS } from '../reader/keyboard-selection';

export interface Shortcut {
  keys: string;
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export function shortcutGroups(desktop: boolean, mac: boolean): ShortcutGroup[] {
  const primary = mac ? 'Cmd' : 'Ctrl';
  const redo = mac ? 'Shift+Cmd+Z' : desktop ? 'Ctrl+Shift+Z (Windows: Ctrl+Y)' : 'Ctrl+Shift+Z or Ctrl+Y';
  const everywhere: Shortcut[] = [
    { keys: `${primary}+Z`, does: 'undo the last change to the repository' },
    { keys: redo, does: 'redo it' },
    { keys: desktop ? `${primary}+I` : `${primary}+O`, does: 'import files' },
    ...(desktop
      ? [
          { keys: `${primary}+E`, does: 'export the repository as an archive' },
          { keys: `${primary}+O`, does: 'open an archive' },
          { keys: `${primary}+,`, does: 'open Settings' },
        ]
      : []),
    { keys: '?', does: 'show this list of shortcuts' },
    { keys: 'Tab, Shift+Tab', does: 'move between controls; the focused one is outlined' },
    { keys: 'Esc', does: 'close a dialog or menu' },
  ];
  return [
    { title: 'Everywhere', shortcuts: everywhere },
    {
      title: 'Library',
      shortcuts: [
        { keys: '↑ ↓', does: 'move between documents' },
        { keys: 'Page Up, Page Down, Home, End', does: 'jump through the list' },
        { keys: 'Enter or Space', does: 'open the document in the Reader' },
      ],
    },
    {
      title: 'Search',
      shortcuts: [
        { keys: '↑ ↓', does: 'move between hits (more are shown past the last), or between keyword-in-context lines' },
        { keys: 'Page Up, Page Down, Home, End', does: 'jump through the keyword-in-context lines' },
        { keys: 'Enter', does: 'open the hit or line in the Reader' },
      ],
    },
    {
      title: 'Reader: selecting and coding from the keyboard',
      shortcuts: KEYBOARD_CODING_KEYS,
    },
    {
      title: 'Codebook',
      shortcuts: [
        { keys: 'Enter', does: 'keep a theme’s new name' },
        { keys: 'Esc', does: 'leave the name as it was' },
      ],
    },
  ];
}
