// How much of a long list is on screen: a first page at once, then a page more whenever its end comes near the view.
import { startTransition, useCallback, useEffect, useState } from 'react';

export interface ShownCount {
  /** How many items to render. */
  shown: number;
  /** Renders a page more (in a transition, so a long page yields to typing and scrolling). */
  showMore: () => void;
  /** For an element after the rendered items: within a view's height of the visible area, a page more is shown. */
  endRef: (element: HTMLElement | null) => void;
}

/** The closest ancestor that scrolls, so "near the view" is measured against what the researcher sees. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * `total` items shown `page` at a time; the count starts again at one page when `startOver` changes (a new query,
 * another sort order) but not when the same list is only refreshed, so the researcher keeps their place.
 */
export function useShownCount(total: number, page: number, startOver: unknown): ShownCount {
  const [state, setState] = useState({ startOver, count: page });
  let count = state.count;
  if (!Object.is(state.startOver, startOver)) {
    // Adjusting state while rendering: React renders again at once, before anything reaches the screen.
    count = page;
    setState({ startOver, count: page });
  }
  const shown = Math.min(total, count);
  const [end, setEnd] = useState<HTMLElement | null>(null);
  const showMore = useCallback(() => startTransition(() => setState((s) => ({ ...s, count: s.count + page }))), [page]);

  // A fresh observer after each page reports at once whether the end is still near, so a tall view keeps filling.
  useEffect(() => {
    if (!end || shown >= total || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && showMore(), {
      root: scrollingAncestor(end),
      rootMargin: '0px 0px 100% 0px',
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [end, shown, total, showMore]);

  return { shown, showMore, endRef: setEnd };
}
