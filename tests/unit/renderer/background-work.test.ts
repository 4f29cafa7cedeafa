import { describe, expect, it, vi } from 'vitest';
import { BackgroundWork } from '../../../renderer/src/app/background-work';

describe('BackgroundWork', () => {
  it('lists tasks with their progress and drops them when they finish', () => {
    const work = new BackgroundWork();
    const listener = vi.fn();
    work.subscribe(listener);
    const cancel = vi.fn();
    const indexing = work.start('Indexing', { total: 10, cancel });
    const importing = work.start('Importing');
    indexing.progress(4);
    importing.progress(1, 3);
    expect(work.snapshot().map((t) => [t.label, t.done, t.total])).toEqual([
      ['Indexing', 4, 10],
      ['Importing', 1, 3],
    ]);
    work.snapshot()[0]!.cancel!();
    expect(cancel).toHaveBeenCalledOnce();
    indexing.finish();
    expect(work.snapshot().map((t) => t.label)).toEqual(['Importing']);
    expect(listener).toHaveBeenCalledTimes(5);
  });

  it('keeps the same snapshot until something changes (as useSyncExternalStore requires)', () => {
    const work = new BackgroundWork();
    const first = work.snapshot();
    expect(work.snapshot()).toBe(first);
    work.start('Loading');
    expect(work.snapshot()).not.toBe(first);
  });

  it('finishes a run task whether the work succeeds or fails', async () => {
    const work = new BackgroundWork();
    await expect(work.run('Failing', async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await work.run('Working', async (task) => (task.progress(1, 1), 42))).toBe(42);
    expect(work.snapshot()).toEqual([]);
  });
});
