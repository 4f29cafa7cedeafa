// Persistent storage: asked for once at start-up so the browser never evicts the repository, and what it uses.
export interface StorageStatus {
  /** null where the browser has no storage manager. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let asked: Promise<boolean | null> | null = null;

/** Asks the browser once per page for persistent storage; answers whether the repository's storage is persistent. */
export function requestPersistentStorage(): Promise<boolean | null> {
  asked ??= (async () => {
    if (!navigator.storage?.persist) return null;
    try {
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      return false;
    }
  })();
  return asked;
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = await requestPersistentStorage();
  if (!navigator.storage?.estimate) return { persisted, usage: null, quota: null };
  const estimate = await navigator.storage.estimate();
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
