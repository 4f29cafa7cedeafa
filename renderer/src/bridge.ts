// The only reader of window.bridge: Electron's preload bridge when present, the web implementation otherwise.
import type { Bridge } from '../../shared/ipc/contract';
import { createWebBridge } from './platform/web-bridge';

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

export const isDesktop = typeof window !== 'undefined' && window.bridge !== undefined;

export const bridge: Bridge = isDesktop ? window.bridge! : createWebBridge();
