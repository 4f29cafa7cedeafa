// Autosave: edits are written a moment after typing stops, on leaving the field, and before the page goes away.
import { useCallback, useEffect, useRef } from 'react';

export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave<T> {
  /** Remembers the latest value and saves it after the delay. */
  schedule: (value: T) => void;
  /** Saves a waiting value now. */
  flush: () => void;
  /** True while a value waits to be saved or is being saved (the field then keeps its own text over the stored one). */
  isPending: () => boolean;
}

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS): Autosave<T> {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Saves still writing: the stored value the field sees meanwhile may be an older one of its own.
  const saving = useRef(0);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const waiting = pending.current;
    pending.current = null;
    if (!waiting) return;
    saving.current += 1;
    void latestSave.current(waiting.value).finally(() => {
      saving.current -= 1;
    });
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return { schedule, flush, isPending: () => pending.current !== null || saving.current > 0 };
}
