// The Reader opened at a search hit: the block holding the offset is scrolled into view and flashed once.
import { useEffect } from 'react';
import { ReaderScreen } from '../reader/ReaderScreen';

/** The innermost rendered text piece whose [data-start, data-end) holds the offset. */
export function pieceAt(root: ParentNode, offset: number): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('[data-reader-text] [data-start][data-end]')) {
    const start = Number(el.dataset.start);
    const end = Number(el.dataset.end);
    if (start <= offset && offset < end && (!best || start >= Number(best.dataset.start))) best = el;
  }
  return best;
}

export function ReaderAtHit({ documentId, offset }: { documentId: string; offset: number }) {
  useEffect(() => {
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    const look = () => {
      const piece = pieceAt(document, offset);
      if (!piece) {
        if ((tries += 1) < 50) timer = setTimeout(look, 100);
        return;
      }
      const block = piece.closest<HTMLElement>('p, h1, h2, h3, h4, h5, h6') ?? piece;
      block.scrollIntoView({ block: 'center' });
      for (const old of document.querySelectorAll('[data-search-hit]')) old.removeAttribute('data-search-hit');
      block.setAttribute('data-search-hit', '');
      block.animate?.([{ backgroundColor: 'var(--mantine-color-yellow-3)' }, { backgroundColor: 'transparent' }], { duration: 1600, easing: 'ease-out' });
    };
    look();
    return () => clearTimeout(timer);
  }, [documentId, offset]);
  return <ReaderScreen documentId={documentId} />;
}
