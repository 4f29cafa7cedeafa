// The Help list of shortcuts: the keys the app really binds, per platform, and every Reader coding key.
import { describe, expect, it } from 'vitest';
import { menuCommandForKey } from '../../../../renderer/src/platform/keyboard-commands';
import { shortcutGroups } from '../../../../renderer/src/features/help/shortcuts';
import { KEYBOARD_CODING_KEYS } from '../../../../renderer/src/features/reader/keyboard-selection';

const does = (desktop: boolean, mac: boolean, what: string) =>
  shortcutGroups(desktop, mac)
    .flatMap((g) => g.shortcuts)
    .find((s) => s.does === what)?.keys;

describe('shortcutGroups', () => {
  it.each([
    [false, false, 'import files', 'Ctrl+O'],
    [true, false, 'import files', 'Ctrl+I'],
    [true, true, 'import files', 'Cmd+I'],
    [false, false, 'undo the last change to the repository', 'Ctrl+Z'],
    [true, true, 'redo it', 'Shift+Cmd+Z'],
    [true, false, 'open Settings', 'Ctrl+,'],
    [false, false, 'open Settings', undefined],
  ])('desktop %s, mac %s: "%s" is %s', (desktop, mac, what, keys) => {
    expect(does(desktop, mac, what)).toBe(keys);
  });

  it('lists the browser keys the web bridge really turns into commands', () => {
    const press = (key: string, shiftKey = false) => menuCommandForKey({ key, ctrlKey: true, metaKey: false, shiftKey, altKey: false });
    expect([press('o'), press('z'), press('z', true), press('y')]).toEqual(['import', 'undo', 'redo', 'redo']);
    expect(does(false, false, 'redo it')).toBe('Ctrl+Shift+Z or Ctrl+Y');
  });

  it('includes every key of keyboard-only coding in the Reader', () => {
    const reader = shortcutGroups(true, false).find((g) => g.title.startsWith('Reader'))!;
    expect(reader.shortcuts).toEqual(KEYBOARD_CODING_KEYS);
    expect(KEYBOARD_CODING_KEYS.length).toBeGreaterThan(5);
  });
});
