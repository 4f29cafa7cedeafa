// The menu's "Merge archive…" asks the Share screen to start a merge, even when the screen is not open yet.
let pending = false;
const listeners = new Set<() => void>();

export function requestMerge(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** True once per request: the screen that takes it starts the merge. */
export function takeMergeRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export function onMergeRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
