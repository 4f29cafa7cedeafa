// What Mantine and the virtualised table need from happy-dom: matchMedia, ResizeObserver and element sizes.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/** The size every element reports, so the virtualiser has a viewport to fill. */
export const VIEWPORT = { width: 1200, height: 600 };

if (!window.matchMedia || !('addEventListener' in window.matchMedia('(min-width: 1px)'))) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= StillResizeObserver as unknown as typeof ResizeObserver;
globalThis.ResizeObserver ??= window.ResizeObserver;

for (const proto of [Element.prototype, HTMLElement.prototype]) {
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => VIEWPORT.height });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => VIEWPORT.width });
}
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => VIEWPORT.height });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => VIEWPORT.width });
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return { x: 0, y: 0, top: 0, left: 0, bottom: VIEWPORT.height, right: VIEWPORT.width, ...VIEWPORT, toJSON: () => ({}) } as DOMRect;
};
HTMLElement.prototype.scrollTo ??= function scrollTo() {};
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

afterEach(() => cleanup());
