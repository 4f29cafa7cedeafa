// Follows the reader's text selection inside the document and turns it into document offsets with a screen anchor.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionOffsets, trimRange, type TextRange } from './selection-offsets';

export interface PendingSelection extends TextRange {
  anchor: { top: number; bottom: number; left: number };
}

export function useTextSelection(root: RefObject<HTMLElement | null>, text: string) {
  const [pending, setPending] = useState<PendingSelection | null>(null);

  const read = useCallback(() => {
    const element = root.current;
    const selection = window.getSelection();
    if (!element || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!element.contains(range.commonAncestorContainer)) return;
    const offsets = selectionOffsets(element, range);
    const trimmed = offsets && trimRange(text, offsets);
    // A click in the text (an empty selection) puts the coding bar away.
    if (!trimmed) return setPending(null);
    const rect = range.getBoundingClientRect();
    setPending({ ...trimmed, anchor: { top: rect.top, bottom: rect.bottom, left: rect.left } });
  }, [root, text]);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onUp = () => setTimeout(read, 0);
    const onKey = (e: KeyboardEvent) => {
      if (e.shiftKey || e.key === 'Shift') onUp();
    };
    element.addEventListener('mouseup', onUp);
    element.addEventListener('keyup', onKey);
    return () => {
      element.removeEventListener('mouseup', onUp);
      element.removeEventListener('keyup', onKey);
    };
  }, [root, read]);

  const clear = useCallback(() => {
    setPending(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  return { pending, clear, read };
}
