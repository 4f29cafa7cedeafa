// Selecting a passage without a mouse: a caret in the Reader's text that the arrow keys move and Shift+keys extend.
import { useEffect, useRef, type RefObject } from 'react';
import type { ReadingBlock } from '../../../../shared/library';
import { afterKey, type CaretSelection } from './keyboard-selection';
import { boundaryOffset, domPoint, domRange } from './selection-offsets';

const CARET = 'reader-caret';

/** The CSS Custom Highlight registry where the browser has it (Chromium does; test DOMs may not). */
function highlights(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null;
}

/** Marks the character after the caret (before it at the end of the text), as a caret that needs no editable text. */
function showCaret(root: HTMLElement, text: string, offset: number): Range | null {
  const at = offset < text.length ? offset : Math.max(0, offset - 1);
  const range = domRange(root, { start: at, end: Math.min(text.length, at + 1) });
  highlights()?.set(CARET, new Highlight(...(range ? [range] : [])));
  return range;
}

function hideCaret(): void {
  highlights()?.delete(CARET);
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return null;
}

/** Scrolls the caret into view with some room around it; true when it had to scroll. */
function revealCaret(root: HTMLElement, caret: Range | null): boolean {
  const scroller = scrollParent(root);
  if (!caret || !scroller) return false;
  const rect = caret.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  const delta = rect.top < view.top + margin ? rect.top - view.top - margin : rect.bottom > view.bottom - margin ? rect.bottom - view.bottom + margin : 0;
  if (delta === 0) return false;
  scroller.scrollTop += delta;
  return true;
}

/** The caret where reading is: at the first text piece visible in the pane. */
function firstVisibleOffset(root: HTMLElement, blocks: readonly ReadingBlock[]): number {
  const top = (scrollParent(root) ?? root).getBoundingClientRect().top;
  for (const piece of root.querySelectorAll<HTMLElement>('[data-start]:not([data-label])')) {
    if (piece.getBoundingClientRect().bottom > top) return Number(piece.dataset.start);
  }
  return blocks[0]?.labelEnd ?? 0;
}

/**
 * Makes `root` (the focusable text) answer the selection keys of keyboard-selection.ts. The selection is shown as
 * the page's own selection and `onSelect` is called, so the coding bar, number keys and palette work as after a
 * mouse selection. A mouse selection moves the caret too, so the keys continue from it.
 */
export function useKeyboardSelection(root: RefObject<HTMLElement | null>, text: string, blocks: readonly ReadingBlock[], onSelect: () => void, locale?: string): void {
  const caret = useRef<CaretSelection | null>(null);
  const latest = useRef({ text, blocks, onSelect, locale });
  latest.current = { text, blocks, onSelect, locale };

  useEffect(() => {
    const element = root.current;
    if (!element) return;

    const apply = (next: CaretSelection) => {
      const { text, onSelect } = latest.current;
      caret.current = next;
      const selection = window.getSelection();
      if (!selection) return;
      const start = Math.min(next.anchor, next.focus);
      const end = Math.max(next.anchor, next.focus);
      const from = domPoint(element, next.anchor, next.anchor === start ? 'start' : 'end');
      const to = domPoint(element, next.focus, next.focus === end && end > start ? 'end' : 'start');
      if (from && to) selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      showCaret(element, text, next.focus);
      onSelect();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== element) return;
      const { text, blocks, locale } = latest.current;
      const placed = caret.current ?? { anchor: firstVisibleOffset(element, blocks), focus: firstVisibleOffset(element, blocks) };
      // Once the selection is coded or dropped (Esc), Shift+keys start afresh from the caret.
      const selected = window.getSelection();
      const current = selected && selected.rangeCount > 0 && !selected.isCollapsed ? placed : { anchor: placed.focus, focus: placed.focus };
      if (event.key === 'Escape') {
        caret.current = current;
        return;
      }
      const next = afterKey(event, current, text, blocks, locale);
      if (!next) return;
      event.preventDefault();
      caret.current = next;
      // The pane drops a pending selection when it scrolls: select once the scroll has happened.
      if (revealCaret(element, showCaret(element, text, next.focus))) requestAnimationFrame(() => apply(next));
      else apply(next);
    };

    const onFocus = () => {
      const { text, blocks } = latest.current;
      if (!caret.current) {
        const offset = firstVisibleOffset(element, blocks);
        caret.current = { anchor: offset, focus: offset };
      }
      showCaret(element, text, caret.current.focus);
    };

    // A mouse selection (or a click) moves the caret to where it ended.
    const onMouseUp = () => {
      const selection = window.getSelection();
      if (!selection?.anchorNode || !selection.focusNode || !element.contains(selection.focusNode)) return;
      const anchor = boundaryOffset(element, selection.anchorNode, selection.anchorOffset, 'start');
      const focus = boundaryOffset(element, selection.focusNode, selection.focusOffset, 'end');
      if (anchor === null || focus === null) return;
      caret.current = { anchor, focus };
      if (document.activeElement === element) showCaret(element, latest.current.text, focus);
    };

    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focus', onFocus);
    element.addEventListener('blur', hideCaret);
    element.addEventListener('mouseup', onMouseUp);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focus', onFocus);
      element.removeEventListener('blur', hideCaret);
      element.removeEventListener('mouseup', onMouseUp);
      hideCaret();
    };
  }, [root]);
}
