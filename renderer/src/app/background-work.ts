// Background work the status bar shows: tasks register themselves, report progress and finish.
import { useSyncExternalStore } from 'react';

export interface BackgroundTask {
  id: number;
  label: string;
  done: number;
  /** null when the amount of work is not known yet. */
  total: number | null;
  /** What is being worked on now, e.g. the file being imported. */
  detail?: string;
  cancel?: () => void;
}

export interface TaskHandle {
  progress(done: number, total?: number | null, detail?: string): void;
  finish(): void;
}

export class BackgroundWork {
  private tasks: readonly BackgroundTask[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  start(label: string, options: { total?: number | null; cancel?: () => void } = {}): TaskHandle {
    const id = this.nextId++;
    const task: BackgroundTask = { id, label, done: 0, total: options.total ?? null };
    if (options.cancel) task.cancel = options.cancel;
    this.set([...this.tasks, task]);
    return {
      progress: (done, total, detail) =>
        this.set(
          this.tasks.map((t) => {
            if (t.id !== id) return t;
            const next: BackgroundTask = { ...t, done, total: total === undefined ? t.total : total };
            if (detail === undefined) delete next.detail;
            else next.detail = detail;
            return next;
          }),
        ),
      finish: () => this.set(this.tasks.filter((t) => t.id !== id)),
    };
  }

  /** Runs `work` as a task that finishes however `work` ends. */
  async run<T>(label: string, work: (task: TaskHandle) => Promise<T>, options: { total?: number | null; cancel?: () => void } = {}): Promise<T> {
    const task = this.start(label, options);
    try {
      return await work(task);
    } finally {
      task.finish();
    }
  }

  snapshot = (): readonly BackgroundTask[] => this.tasks;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(tasks: readonly BackgroundTask[]): void {
    this.tasks = tasks;
    for (const listener of this.listeners) listener();
  }
}

/** The app's one store; components read it through useBackgroundWork. */
export const backgroundWork = new BackgroundWork();

export function useBackgroundWork(store: BackgroundWork = backgroundWork): readonly BackgroundTask[] {
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
