// The shape of one schema version: its stores and an optional data-moving upgrade.
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  /** Dexie store definitions; a version lists only the stores it adds or changes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
