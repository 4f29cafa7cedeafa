// Dexie reads globalThis.indexedDB on import: give Node an in-memory IndexedDB first.
import 'fake-indexeddb/auto';
