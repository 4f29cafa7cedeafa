// What each key does to the Reader's keyboard caret and selection: a pure function of the key, the text and its blocks.
import { stepCaret, unitAt } from '../../../../shared/coding';
import type { ReadingBlock } from '../../../../shared/library';

/** A selection made from the keyboard: `anchor` stays put while Shift+keys move `focus` (the caret). */
export interface CaretSelection {
  anchor: number;
  focus: number;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The keys, as the Reader's hint and Help list them. */
export const KEYBOARD_CODING_KEYS: readonly { keys: string; does: string }[] = [
  { keys: '← →', does: 'move the caret by a character (with Ctrl or Alt: by a word)' },
  { keys: '↑ ↓', does: 'move by a sentence (with Ctrl: by a paragraph)' },
  { keys: 'Home End', does: 'go to the start or end of the paragraph' },
  { keys: 'Shift + any of these', does: 'extend the selection from where it started' },
  { keys: 'Enter', does: 'select the paragraph or speaker turn at the caret (Shift+Enter: the sentence)' },
  { keys: '1–9', does: 'code the selection with a recent theme' },
  { keys: '/', does: 'find any theme in the palette' },
  { keys: 'Esc', does: 'drop the selection' },
];

/** The block holding `offset` (or the last one before it). */
export function blockAt(blocks: readonly ReadingBlock[], offset: number): ReadingBlock | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found: ReadingBlock | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.start <= offset) {
      found = blocks[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found ?? blocks[0];
}

/** Where a block's own words start: after a speaker label written in the text. */
const textStart = (block: ReadingBlock) => block.labelEnd;

function paragraphStep(blocks: readonly ReadingBlock[], offset: number, direction: 1 | -1): number {
  const index = blocks.indexOf(blockAt(blocks, offset)!);
  const here = blocks[index]!;
  if (direction === 1) return index + 1 < blocks.length ? textStart(blocks[index + 1]!) : here.end;
  if (offset > textStart(here)) return textStart(here);
  return index > 0 ? textStart(blocks[index - 1]!) : textStart(here);
}

/**
 * The caret and selection after `press`, or null when the key is not one of the Reader's selection keys
 * (so the page keeps its own behaviour for it). `caret` null means the caret is not placed yet.
 */
export function afterKey(press: KeyPress, caret: CaretSelection, text: string, blocks: readonly ReadingBlock[], locale?: string): CaretSelection | null {
  if (blocks.length === 0 || press.metaKey) return null;
  const { focus } = caret;
  const block = blockAt(blocks, focus)!;
  const wordKey = press.ctrlKey || press.altKey;
  let next: number;
  switch (press.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      next = stepCaret(text, focus, wordKey ? 'word' : 'character', press.key === 'ArrowRight' ? 1 : -1, locale);
      break;
    case 'ArrowUp':
    case 'ArrowDown': {
      const direction = press.key === 'ArrowDown' ? 1 : -1;
      next = press.ctrlKey ? paragraphStep(blocks, focus, direction) : stepCaret(text, focus, 'sentence', direction, locale);
      break;
    }
    case 'Home':
      next = textStart(block);
      break;
    case 'End':
      next = block.end;
      break;
    case 'Enter': {
      if (press.shiftKey) {
        const sentence = unitAt(text, focus, 'sentence', locale);
        return sentence ? { anchor: Math.max(sentence.start, textStart(block)), focus: Math.min(sentence.end, block.end) } : caret;
      }
      return { anchor: textStart(block), focus: block.end };
    }
    default:
      return null;
  }
  return press.shiftKey ? { anchor: caret.anchor, focus: next } : { anchor: next, focus: next };
}
