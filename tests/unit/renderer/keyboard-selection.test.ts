// The Reader's selection keys: caret moves, Shift extends, Enter selects a paragraph or turn, other keys are left alone.
import { describe, expect, it } from 'vitest';
import { readingBlocks } from '../../../shared/library';
import { afterKey, blockAt, type CaretSelection, type KeyPress } from '../../../renderer/src/features/reader/keyboard-selection';
import { htmlLanguage } from '../../../renderer/src/features/reader/html-language';

// Two speaker turns with the label written in the text, then a plain paragraph.
const TEXT = 'Anna: We found a flat. It took a year.\n\nIvo: The rent is high.\n\nA closing note.';
const turns = [
  { start: 0, end: 38, speaker: 'Anna' },
  { start: 40, end: 62, speaker: 'Ivo' },
];
const blocks = readingBlocks({ text: TEXT, pages: [], turns }, []);
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const at = (n: number): CaretSelection => ({ anchor: n, focus: n });
const slice = (s: CaretSelection | null) => (s ? TEXT.slice(Math.min(s.anchor, s.focus), Math.max(s.anchor, s.focus)) : null);

describe('afterKey', () => {
  it('reads the blocks the Reader shows (labels end where the words start)', () => {
    expect(blocks.map((b) => [b.start, b.labelEnd, b.end])).toEqual([[0, 6, 38], [40, 45, 62], [64, 64, 79]]);
  });

  const moves: [string, CaretSelection, KeyPress, CaretSelection][] = [
    ['→ moves a character', at(6), press('ArrowRight'), at(7)],
    ['Ctrl+→ moves to the end of the word', at(6), press('ArrowRight', { ctrlKey: true }), at(8)],
    ['Alt+← moves to the start of the word', at(10), press('ArrowLeft', { altKey: true }), at(9)],
    ['↓ moves to the end of the sentence', at(6), press('ArrowDown'), at(22)],
    ['Ctrl+↓ moves to the next turn, past its label', at(10), press('ArrowDown', { ctrlKey: true }), at(45)],
    ['Ctrl+↑ inside a turn goes to where its words start', at(50), press('ArrowUp', { ctrlKey: true }), at(45)],
    ['Ctrl+↑ at the start of a turn goes to the previous one', at(45), press('ArrowUp', { ctrlKey: true }), at(6)],
    ['Home goes to the start of the paragraph (after the label)', at(55), press('Home'), at(45)],
    ['End goes to its end', at(45), press('End'), at(62)],
    ['→ without Shift collapses a selection at its focus', { anchor: 6, focus: 10 }, press('ArrowRight'), at(11)],
  ];
  it.each(moves)('%s', (_name, caret, key, expected) => {
    expect(afterKey(key, caret, TEXT, blocks)).toEqual(expected);
  });

  const selections: [string, CaretSelection, KeyPress[], string][] = [
    ['Shift+→ three times selects three characters', at(6), [press('ArrowRight', { shiftKey: true }), press('ArrowRight', { shiftKey: true }), press('ArrowRight', { shiftKey: true })], 'We '],
    ['Shift+Ctrl+→ twice selects two words', at(6), [press('ArrowRight', { shiftKey: true, ctrlKey: true }), press('ArrowRight', { shiftKey: true, ctrlKey: true })], 'We found'],
    ['Shift+↓ selects the sentence', at(6), [press('ArrowDown', { shiftKey: true })], 'We found a flat.'],
    ['Shift+← then Shift+→ back to the anchor selects nothing', at(9), [press('ArrowLeft', { shiftKey: true }), press('ArrowRight', { shiftKey: true })], ''],
    ['Enter selects the turn without its speaker label', at(50), [press('Enter')], 'The rent is high.'],
    ['Enter in a plain paragraph selects it', at(70), [press('Enter')], 'A closing note.'],
    ['Shift+Enter selects the sentence at the caret', at(27), [press('Enter', { shiftKey: true })], 'It took a year.'],
  ];
  it.each(selections)('%s', (_name, caret, keys, expected) => {
    let state: CaretSelection | null = caret;
    for (const key of keys) state = afterKey(key, state!, TEXT, blocks);
    expect(slice(state)).toBe(expected);
  });

  it.each([['a letter', press('a')], ['a digit (theme keys)', press('1')], ['Tab', press('Tab')], ['Cmd+→', press('ArrowRight', { metaKey: true })]])(
    'leaves %s to the page',
    (_name, key) => {
      expect(afterKey(key, at(6), TEXT, blocks)).toBeNull();
    },
  );

  it('finds the block of an offset, including the break after a block', () => {
    expect([0, 39, 40, 63, 79].map((n) => blockAt(blocks, n)!.start)).toEqual([0, 0, 40, 40, 64]);
  });
});

describe('htmlLanguage', () => {
  it.each([
    ['eng', 'en'],
    ['deu', 'de'],
    ['bul', 'bg'],
    ['und', undefined],
    ['not a language!', undefined],
  ])('%s → %s', (code, expected) => {
    expect(htmlLanguage(code)).toBe(expected);
  });
});
