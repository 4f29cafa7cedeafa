// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, menuCommandForKey, type KeyPress } from '../../../renderer/src/platform/keyboard-commands';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('menuCommandForKey', () => {
  it.each([
    ['Ctrl+Z', press('z', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', press('z', { metaKey: true }), 'undo'],
    ['Shift+Ctrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Shift+Cmd+Z', press('Z', { metaKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }), 'redo'],
    ['Ctrl+O', press('o', { ctrlKey: true }), 'import'],
    ['Cmd+O', press('O', { metaKey: true }), 'import'],
    ['Z alone', press('z'), null],
    ['Alt+Ctrl+Z', press('z', { ctrlKey: true, altKey: true }), null],
    ['Shift+Ctrl+Y', press('Y', { ctrlKey: true, shiftKey: true }), null],
    ['Ctrl+S', press('s', { ctrlKey: true }), null],
  ] as const)('%s → %s', (_name, keyPress, expected) => {
    expect(menuCommandForKey(keyPress)).toBe(expected);
  });
});

describe('isTypingTarget', () => {
  it('recognises inputs, text areas, selects and editable content, including their children', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    document.body.append(editable);
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(inside)).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    editable.remove();
  });
});
